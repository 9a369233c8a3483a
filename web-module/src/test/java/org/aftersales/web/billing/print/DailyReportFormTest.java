package org.aftersales.web.billing.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.billing.DailyReport;
import org.aftersales.domain.billing.DayAndMonth;
import org.aftersales.domain.billing.Payer;
import org.aftersales.domain.billing.QuoteLineCategory;
import org.aftersales.domain.billing.TicketMargin;
import org.aftersales.domain.billing.WarrantyCost;
import org.aftersales.domain.parts.MovementType;
import org.aftersales.domain.parts.StockValueDay;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.Test;

/** B7: the daily report (SH/BD-05) in the paper's order, and the cost reports, on paper. */
class DailyReportFormTest {

    static DailyReport report() {
        return new DailyReport(
                "YX",
                "BJ01",
                LocalDate.of(2026, 12, 5),
                DayAndMonth.of(new BigDecimal("1000.00"), new BigDecimal("150.50")),
                DayAndMonth.ZERO,
                DayAndMonth.of(new BigDecimal("500"), new BigDecimal("280.00")),
                Map.of(QuoteLineCategory.MATERIALS, DayAndMonth.of(null, new BigDecimal("200"))),
                new StockValueDay(
                        "BJ01",
                        new BigDecimal("5000"),
                        Map.of(MovementType.RECEIPT, new BigDecimal("1000"), MovementType.ISSUE, new BigDecimal("300")),
                        Map.of(MovementType.RECEIPT, new BigDecimal("3000"))));
    }

    @Test
    void theLinesFollowThePaper() {
        List<DailyReportForm.Line> lines = DailyReportForm.lines(report());
        assertEquals(20, lines.size());
        assertEquals("dailyReport.stockYesterday", lines.get(0).key());
        assertEquals("5000.00", lines.get(0).day());
        assertEquals("dailyReport.in.receipt", lines.get(1).key());
        assertEquals("1000.00", lines.get(1).day());
        assertEquals("3000.00", lines.get(1).monthToDate());
        assertEquals("dailyReport.stockToday", lines.get(9).key());
        assertEquals("5700.00", lines.get(9).day());
        assertEquals("dailyReport.receipts", lines.get(11).key());
        assertEquals("150.50", lines.get(11).day());
        assertEquals("1150.50", lines.get(11).monthToDate());
        assertEquals("dailyReport.costTotal", lines.get(19).key());
        assertEquals("200.00", lines.get(19).day());
    }

    @Test
    void theFormsPrint() throws Exception {
        PrintedPdf.assumeChineseFontFile();
        byte[] daily = DailyReportForm.pdf(report(), "YX", "售后服务部");
        PdfReader reader = new PdfReader(daily);
        try {
            assertEquals(2, reader.getNumberOfPages(), "two copies");
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("SH/BD-05") && text.contains("5700.00") && text.contains("1150.50"), text);
        } finally {
            reader.close();
        }
        byte[] warranty = CostReportForms.warrantyPdf(
                "2026-11 – 2026-12",
                "YX",
                List.of(new WarrantyCost(
                        YearMonth.of(2026, 12), "KFR-35GW", 2, null, null, null, null, new BigDecimal("400"))),
                "售后服务部");
        assertTrue(new String(warranty, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        byte[] margins = CostReportForms.marginsPdf(
                "2026-12",
                "YX",
                List.of(new TicketMargin(
                        "YX-26-12-01", "KFR-35GW", Payer.WARRANTY, Instant.EPOCH, new BigDecimal("200"), null)),
                m -> "保修",
                m -> "2026-12-05 10:00",
                "售后服务部");
        PdfReader m = new PdfReader(margins);
        try {
            assertTrue(new PdfTextExtractor(m).getTextFromPage(1).contains("-200.00"));
        } finally {
            m.close();
        }
    }
}
