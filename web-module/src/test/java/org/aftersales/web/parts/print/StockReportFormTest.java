package org.aftersales.web.parts.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.aftersales.domain.parts.StockReportLine;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.17: the monthly report's column headers are read whole — 期初金额 on one line, not 期初金 and
 * 额 below it; "Closing" not "Clos" and "ing" — and every line of the text is on the page.
 */
class StockReportFormTest {

    @Test
    void noHeaderBreaksInsideAWord() throws Exception {
        PrintedPdf.assumeChineseFontFile();
        List<StockReportLine> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(new StockReportLine(
                    "BJ01",
                    "KFR-35GW-PCB-0" + i,
                    12,
                    new BigDecimal("1234.50"),
                    30,
                    new BigDecimal("98765.00"),
                    25,
                    new BigDecimal("87654.32"),
                    5,
                    new BigDecimal("999.00")));
        }
        byte[] pdf = StockReportForm.pdf(
                "2026-11",
                "BJ01",
                lines,
                n -> "压缩机启动电容（加长型号）",
                "售后服务部",
                new org.aftersales.domain.parts.FundUse(new java.math.BigDecimal("10000"), java.math.BigDecimal.ONE));
        PdfReader reader = new PdfReader(pdf);
        Set<String> words = new TreeSet<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            for (String line :
                    new PdfTextExtractor(reader).getTextFromPage(page).split("\n")) {
                words.add(line.strip());
                for (String word : line.strip().split("\\s+")) {
                    words.add(word);
                }
            }
        }
        List<String> broken = new ArrayList<>();
        for (Column column : StockReportForm.COLUMNS) {
            if (!words.contains(column.label().chinese())) {
                broken.add(column.label().chinese());
            }
            for (String word : column.label().english().split("\\s+")) {
                if (!words.contains(word)) {
                    broken.add(word);
                }
            }
        }
        assertEquals(List.of(), broken, "headers broken inside a word; the page's words: " + words);
        assertTrue(words.contains("98765.00") && words.contains("87654.32"), "the values are on the page: " + words);
    }
}
