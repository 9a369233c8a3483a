package org.aftersales.web.tickets.print;

import static org.aftersales.web.shared.print.PrintedPdf.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** T4: the dispatch sheet goes out in two copies and comes back signed on its return slip. */
class DispatchSheetFormTest {

    private static final String DESCRIPTION = "配电柜主断路器合闸后频繁跳闸，车间二号生产线停产，请尽快派人处理。".repeat(10) + "客户已断开负载等待检修结尾";

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    private static DispatchSheetForm form(String description) {
        return new DispatchSheetForm(
                "YX-26-11-02",
                "苏州工业园区明辉精密制造有限公司",
                "陈晓明",
                "0512-6666 8888",
                "江苏省苏州市工业园区星湖街 328 号",
                "华东区",
                "GCS-630",
                "SN-PD-20260042",
                "上门维修",
                "重大故障",
                description,
                "停机待修",
                Instant.parse("2026-11-04T00:00:00Z"),
                Instant.parse("2026-11-03T02:15:00Z"),
                "赵工",
                "139 1234 5678",
                "2026-11-04 10:15",
                "到场后 4 小时内",
                "到场后 12 小时内");
    }

    @Test
    void printsTwoCopiesEachLabelledInTheCorner() {
        PrintedPdf pdf = new PrintedPdf(DispatchSheetForm.pdf(form("断路器跳闸")));

        assertEquals(2, pdf.pages());
        assertTrue(pdf.text(1).contains("第一联售后服务"), pdf.text(1));
        assertTrue(pdf.text(2).contains("第二联技术人员"), pdf.text(2));
    }

    @Test
    void everyCopyShowsTheCustomerTheRequestAndTheDeadlines() {
        PrintedPdf pdf = new PrintedPdf(DispatchSheetForm.pdf(form("断路器跳闸")));

        for (int page = 1; page <= 2; page++) {
            String text = pdf.text(page);
            for (String expected : List.of(
                    "技术服务联络单",
                    "No. YX-26-11-02",
                    "苏州工业园区明辉精密制造有限公司",
                    "陈晓明",
                    "华东区",
                    "断路器跳闸",
                    "停机待修",
                    "2026-11-04 08:00",
                    "2026-11-03 10:15",
                    "赵工",
                    "139 1234 5678",
                    "2026-11-04 10:15",
                    "到场后 12 小时内")) {
                assertTrue(text.contains(compact(expected)), expected + " on page " + page + ": " + text);
            }
        }
    }

    @Test
    void theReturnSlipLeavesSignatureDateAndSatisfactionToThePen() {
        PrintedPdf pdf = new PrintedPdf(DispatchSheetForm.pdf(form("断路器跳闸")));

        for (int page = 1; page <= 2; page++) {
            String text = pdf.text(page);
            for (String expected : List.of("回执", "客户签字", "日期", "满意度", "□满意", "□不满意")) {
                assertTrue(text.contains(expected), expected + " on page " + page + ": " + text);
            }
            assertEquals(0, pdf.images(page));
        }
    }

    @Test
    void aLongDescriptionWrapsInsteadOfBeingCut() {
        PrintedPdf pdf = new PrintedPdf(DispatchSheetForm.pdf(form(DESCRIPTION)));

        assertEquals(2, pdf.pages());
        for (int page = 1; page <= 2; page++) {
            assertTrue(pdf.text(page).contains(compact(DESCRIPTION)), "page " + page + ": " + pdf.text(page));
        }
    }
}
