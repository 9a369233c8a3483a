package org.aftersales.web.quality.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.aftersales.domain.quality.KpiCounters;
import org.aftersales.domain.quality.KpiDimension;
import org.aftersales.quality.boundary.KpiViews.KpiGroup;
import org.aftersales.quality.boundary.KpiViews.KpiMonth;
import org.aftersales.quality.boundary.KpiViews.KpiReport;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.Test;

/** Q6, Q8: the statistics and the assessment forms print their figures as the screen shows them. */
class KpiFormsTest {

    private static final KpiCounters LI = new KpiCounters(4, 3, 4, 1, 4, 3, 2, 2, 4, 4, 4, 600, 2, 17, 2, 18, 15, 1);

    @Test
    void theFiguresReadAsPercentagesAndMeans() {
        assertEquals(
                List.of("李四", "4", "9.0", "7.5", "8.5", "1", "75.0%", "1", "75.0%", "100.0%"),
                KpiForms.scoreCells("李四", LI));
        assertEquals(
                List.of("KFR-35", "4", "75.0%", "100.0%", "75.0%", "25.0%", "2.5", "1", "333.3", "8.5"),
                KpiForms.figureCells(new KpiGroup("KFR-35", LI, 3), k -> k));
        assertEquals("—", KpiForms.pct(null));
        assertEquals("92.0%", KpiForms.pct(new BigDecimal("0.92")));
    }

    @Test
    void theAnnualSummaryAndTheMonthlyAssessmentPrintInChinese() throws Exception {
        PrintedPdf.assumeChineseFontFile();
        KpiReport report = new KpiReport(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                KpiDimension.MODEL,
                LI,
                3,
                List.of(new KpiGroup("KFR-35", LI, 3)));
        PrintedPdf annual = new PrintedPdf(KpiForms.statistics(
                new Label("年度售后服务工作总结", "Annual after-sales summary"),
                "2026",
                report,
                List.of(new KpiMonth(YearMonth.of(2026, 11), LI)),
                "型号",
                k -> k,
                "售后服务部"));
        String text = PrintedPdf.compact(annual.text(1));
        assertTrue(text.contains("年度售后服务工作总结"), text);
        assertTrue(text.contains("75.0%"), text);
        PrintedPdf monthly = new PrintedPdf(KpiForms.assessment(
                new Label("部月度考核表", "Department monthly assessment"),
                "2026-11",
                report.groups(),
                LI,
                k -> "李四",
                "售后服务部",
                true));
        String form = PrintedPdf.compact(monthly.text(1));
        assertTrue(form.contains("部月度考核表") && form.contains("财会室主管") && form.contains("李四"), form);
    }
}
