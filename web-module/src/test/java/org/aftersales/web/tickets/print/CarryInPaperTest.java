package org.aftersales.web.tickets.print;

import static org.aftersales.web.shared.print.PrintedPdf.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** T6: the repair tag hung on the item, and the pickup receipt the customer collects it with. */
class CarryInPaperTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-21T02:05:00Z");

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    @Test
    void theRepairTagIdentifiesTheItemAndItsCondition() {
        PrintedPdf pdf = new PrintedPdf(RepairTagForm.pdf(new RepairTagForm(
                "YX-26-11-07",
                "华联电器商行",
                "022-2345 6789",
                "KFR-35GW 白 (SN-DR-0001)",
                "KFR-35GW",
                "SN-DR-0001",
                "顾客反映不制冷",
                RECEIVED,
                "外观刮花；功能异常：不制冷；附件：遥控器",
                "agent1",
                "YX-26-11-06")));

        assertEquals(1, pdf.pages());
        for (String expected : List.of(
                "修护卡",
                "No. YX-26-11-07",
                "华联电器商行",
                "022-2345 6789",
                "KFR-35GW",
                "SN-DR-0001",
                "顾客反映不制冷",
                "2026-11-21 10:05",
                "外观刮花；功能异常：不制冷；附件：遥控器",
                "经销商退换单号",
                "YX-26-11-06")) {
            assertTrue(pdf.text(1).contains(compact(expected)), expected + ": " + pdf.text(1));
        }
    }

    @Test
    void aTagWithoutGoodsLogLineLeavesTheBoxesEmpty() {
        PrintedPdf pdf = new PrintedPdf(RepairTagForm.pdf(
                new RepairTagForm("YX-26-11-08", "张三", null, null, null, null, "不开机", null, null, null, null)));
        assertTrue(pdf.text(1).contains("张三") && !pdf.text(1).contains("经销商退换单号"), pdf.text(1));
    }

    @Test
    void thePickupReceiptHasTwoCopiesWithThePickupCodeAndASignatureLine() {
        PrintedPdf pdf = new PrintedPdf(PickupReceiptForm.pdf(new PickupReceiptForm(
                "YX-26-11-07", "华联电器商行", "022-2345 6789", "KFR-35GW 白", "SN-DR-0001", RECEIVED, "外观刮花", "042917")));

        assertEquals(2, pdf.pages());
        assertTrue(pdf.text(1).contains("第一联客户"), pdf.text(1));
        assertTrue(pdf.text(2).contains("第二联存根"), pdf.text(2));
        for (int page = 1; page <= 2; page++) {
            for (String expected : List.of(
                    "客户商品领取收据",
                    "No. YX-26-11-07",
                    "华联电器商行",
                    "KFR-35GW 白",
                    "2026-11-21 10:05",
                    "领取码",
                    "042917",
                    "客户签字")) {
                assertTrue(
                        pdf.text(page).contains(compact(expected)),
                        expected + " on page " + page + ": " + pdf.text(page));
            }
            assertEquals(0, pdf.images(page), "the signature is left to the pen");
        }
    }
}
