package org.aftersales.web.shared.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaperFormTest {

    private static final List<Column> COLUMNS = List.of(
            Column.text(new Label("备件名称", "Part"), 4f),
            Column.text(new Label("单位", "Unit"), 1f),
            Column.number(new Label("数量", "Qty"), 1f),
            Column.number(new Label("金额", "Amount"), 2f));

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    private static PaperForm.Builder inboundSlip() {
        return PaperForm.builder(new Label("入库单", "Inbound Slip"))
                .company("华东备件仓库")
                .number("SC-26-11-07")
                .copies("第一联 仓库", "第二联 财务", "第三联 采购");
    }

    @Test
    void printsEachCopyOnItsOwnPageWithItsLabelInTheCorner() {
        PrintedPdf pdf = new PrintedPdf(inboundSlip()
                .pair(new Label("供应商", "Supplier"), "宁波电机厂", new Label("日期", "Date"), "2026-11-03")
                .build()
                .render());

        assertEquals(3, pdf.pages());
        List<String> copies = List.of("第一联仓库", "第二联财务", "第三联采购");
        for (int page = 1; page <= 3; page++) {
            String text = pdf.text(page);
            assertTrue(text.contains(copies.get(page - 1)), text);
            assertTrue(text.contains("华东备件仓库") && text.contains("入库单") && text.contains("No.SC-26-11-07"), text);
            assertTrue(text.contains("宁波电机厂"), text);
        }
    }

    @Test
    void aTableShowsItsHeaderAndEveryLine() {
        PrintedPdf pdf = new PrintedPdf(inboundSlip()
                .table(
                        COLUMNS,
                        List.of(
                                List.of("启动电容 CBB65 35μF", "个", "12", "¥1,234.50"),
                                List.of("交流接触器", "只", "3", "¥270.00")))
                .build()
                .render());

        String text = pdf.text(1);
        for (String expected : List.of("备件名称", "Qty", "启动电容CBB6535μF", "¥1,234.50", "交流接触器", "¥270.00")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
    }

    @Test
    void aCopyRunningOverAPageIsLabelledOnEveryPage() {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            lines.add(List.of("备件 " + i, "个", String.valueOf(i), "¥" + i + ".00"));
        }
        PrintedPdf pdf = new PrintedPdf(PaperForm.builder(new Label("出库单", "Outbound Slip"))
                .copies("第一联 存根")
                .table(COLUMNS, lines)
                .build()
                .render());

        assertTrue(pdf.pages() > 1, "80 lines fit on one page?");
        for (int page = 1; page <= pdf.pages(); page++) {
            assertTrue(pdf.text(page).contains("第一联存根"), "page " + page);
        }
        assertTrue(pdf.text(pdf.pages()).contains("备件80"));
    }

    @Test
    void aLineMustHaveOneValuePerColumn() {
        PaperForm.Builder builder = inboundSlip();
        assertThrows(IllegalArgumentException.class, () -> builder.table(COLUMNS, List.of(List.of("启动电容", "个"))));
    }

    @Test
    void aSignatureMustBeAnImage() {
        PaperForm.Builder builder = inboundSlip();
        assertThrows(
                IllegalArgumentException.class,
                () -> builder.signature(
                        new Label("签收", "Received"), "不是图片".getBytes(StandardCharsets.UTF_8), "王五", "2026-11-03"));
    }

    @Test
    void theSignatureImageIsStoredOnceAndDrawnOnEveryCopy() {
        PrintedPdf pdf = new PrintedPdf(inboundSlip()
                .signature(new Label("签收", "Received"), PrintedPdf.signaturePng(), "王五", "2026-11-03")
                .build()
                .render());

        for (int page = 1; page <= 3; page++) {
            assertEquals(1, pdf.images(page), "page " + page);
            assertTrue(pdf.text(page).contains("王五"));
        }
        assertEquals(1, pdf.distinctImages());
    }
}
