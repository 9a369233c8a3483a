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
import org.aftersales.domain.billing.CostCategory;
import org.aftersales.domain.billing.DailyReport;
import org.aftersales.domain.billing.DayAndMonth;
import org.aftersales.domain.billing.Payer;
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
                Map.of(CostCategory.PARTS, DayAndMonth.of(null, new BigDecimal("200"))),
                new StockValueDay(
                        "BJ01",
                        new BigDecimal("5000"),
                        Map.of(MovementType.RECEIPT, new BigDecimal("1000"), MovementType.ISSUE, new BigDecimal("300")),
                        Map.of(MovementType.RECEIPT, new BigDecimal("3000"))),
                DayAndMonth.of(new BigDecimal("0.30"), new BigDecimal("-20.00")),
                new DailyReport.Quotas(
                        new BigDecimal("1000"),
                        DayAndMonth.of(new BigDecimal("100"), new BigDecimal("150.50")),
                        new BigDecimal("6000"),
                        new BigDecimal("5700")));
    }

    @Test
    void theLinesFollowThePaper() {
        List<DailyReportForm.Line> lines = DailyReportForm.lines(report());
        assertEquals(27, lines.size());
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
        // 10.3 长短款 after the money block: short 20.00 today, 19.70 in the month
        assertEquals("dailyReport.overShort", lines.get(14).key());
        assertEquals("-20.00", lines.get(14).day());
        assertEquals("-19.70", lines.get(14).monthToDate());
        // B5: the booked categories
        assertEquals("dailyReport.cost.parts", lines.get(15).key());
        assertEquals("200.00", lines.get(15).day());
        assertEquals("dailyReport.cost.freight", lines.get(19).key());
        assertEquals("dailyReport.costTotal", lines.get(20).key());
        assertEquals("200.00", lines.get(20).day());
        // B7 定额: 1000.00 this month, 250.50 used, 749.50 left; fund 6000.00 − stock 5700.00 = 300.00
        assertEquals("dailyReport.quota.expense", lines.get(21).key());
        assertEquals("1000.00", lines.get(21).monthToDate());
        assertEquals("250.50", lines.get(22).monthToDate());
        assertEquals("749.50", lines.get(23).monthToDate());
        assertEquals("dailyReport.quota.fund", lines.get(24).key());
        assertEquals("6000.00", lines.get(24).day());
        assertEquals("5700.00", lines.get(25).day());
        assertEquals("300.00", lines.get(26).day());
    }

    @Test
    void theFormsPrint() throws Exception {
        PrintedPdf.assumeChineseFontFile();
        byte[] daily = DailyReportForm.pdf(report(), "YX", "售后服务部");
        PdfReader reader = new PdfReader(daily);
        try {
            assertEquals(2, reader.getNumberOfPages(), "two copies");
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(
                    text.contains("SH/BD-05")
                            && text.contains("5700.00")
                            && text.contains("1150.50")
                            && text.contains("长短款")
                            && text.contains("-19.70")
                            && text.contains("资金定额")
                            && text.contains("749.50"),
                    text);
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
