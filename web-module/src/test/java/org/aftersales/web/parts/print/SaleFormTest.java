package org.aftersales.web.parts.print;

import static org.aftersales.web.shared.print.PrintedPdf.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.domain.parts.PaymentMethod;
import org.aftersales.parts.boundary.PartSaleViews.SaleLineView;
import org.aftersales.parts.boundary.PartSaleViews.SaleView;
import org.aftersales.parts.boundary.PartSaleViews.SettlementRow;
import org.aftersales.parts.boundary.PartSaleViews.SettlementView;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** P5: the parts sales card (零配件销货卡) and the payment slip (缴款单) print like their paper forms. */
class SaleFormTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    @Test
    void theSalesCardHasTheBuyerTheLinesTheSalespersonAndTheCashier() {
        SaleView sale = new SaleView(
                "YX-26-11-31",
                "BJ",
                "张三维修部",
                "13800138000",
                null,
                PaymentMethod.WECHAT,
                "收款员甲",
                "counter",
                Instant.parse("2026-11-27T02:00:00Z"),
                new BigDecimal("1456.50"),
                null,
                "YX-26-11-40",
                List.of(
                        new SaleLineView(
                                1, "YSJ-001", "压缩机", "台", 1, new BigDecimal("1200.00"), new BigDecimal("1200.00")),
                        new SaleLineView(
                                2, "FS-002", "风扇电机", "个", 3, new BigDecimal("85.50"), new BigDecimal("256.50"))));
        PrintedPdf pdf = new PrintedPdf(SaleForm.sale(sale, "售后服务部", CHINA));
        assertEquals(SaleForm.SALE_COPIES.size(), pdf.pages());
        for (int page = 1; page <= pdf.pages(); page++) {
            String text = pdf.text(page);
            assertTrue(text.contains(compact(SaleForm.SALE_COPIES.get(page - 1))), text);
            for (String expected : List.of(
                    "零配件销货卡",
                    "No.YX-26-11-31",
                    "张三维修部",
                    "压缩机",
                    "风扇电机",
                    "¥256.50",
                    "¥1,456.50",
                    "营业员",
                    "counter",
                    "收款员",
                    "收款员甲",
                    "微信",
                    "YX-26-11-40",
                    "2026-11-27 10:00")) {
                assertTrue(text.contains(compact(expected)), expected + " on page " + page + ": " + text);
            }
        }
    }

    @Test
    void thePaymentSlipHasItsThreeCopiesAndTheSettlement() {
        SettlementView slip = new SettlementView(
                "YX-26-11-40",
                "BJ",
                3,
                new BigDecimal("1696.50"),
                "counter",
                "财务收款员",
                Instant.parse("2026-11-27T09:30:00Z"),
                null,
                null,
                List.of(
                        new SettlementRow("counter", PaymentMethod.CASH, 1, new BigDecimal("240.00")),
                        new SettlementRow("counter", PaymentMethod.WECHAT, 2, new BigDecimal("1456.50"))));
        PrintedPdf pdf = new PrintedPdf(SaleForm.payment(slip, "售后服务部", CHINA));
        assertEquals(3, pdf.pages(), "收款员（存根）, 财会室, 营业单位");
        for (int page = 1; page <= 3; page++) {
            String text = pdf.text(page);
            assertTrue(
                    text.contains(compact(org.aftersales.web.shared.print.PaymentSlipForm.COPIES.get(page - 1))), text);
            for (String expected :
                    List.of("缴款单", "No.YX-26-11-40", "交款员", "财务收款员", "销售结帐表", "现金", "微信", "¥240.00", "¥1,696.50")) {
                assertTrue(text.contains(compact(expected)), expected + " on page " + page + ": " + text);
            }
        }
    }

    @Test
    void bothFormsNamePeopleAndTheServiceStationNotLogins() {
        java.util.function.UnaryOperator<String> people = login -> switch (login) {
            case "counter" -> "李营业员";
            case "cashier1" -> "王收款";
            default -> login;
        };
        SaleView sale = new SaleView(
                "YX-26-11-32",
                "BJ",
                "张三维修部",
                null,
                null,
                PaymentMethod.BANK_TRANSFER,
                "cashier1",
                "counter",
                Instant.parse("2026-11-27T02:00:00Z"),
                new BigDecimal("85.50"),
                null,
                null,
                List.of(new SaleLineView(
                        1, "FS-002", "风扇电机", "个", 1, new BigDecimal("85.50"), new BigDecimal("85.50"))));
        String card = new PrintedPdf(SaleForm.sale(sale, "售后服务部", CHINA, people)).text(1);
        SettlementView slip = new SettlementView(
                "YX-26-11-41",
                "BJ",
                1,
                new BigDecimal("85.50"),
                "counter",
                "cashier1",
                Instant.parse("2026-11-27T09:30:00Z"),
                null,
                null,
                List.of(new SettlementRow("counter", PaymentMethod.BANK_TRANSFER, 1, new BigDecimal("85.50"))));
        String payment = new PrintedPdf(SaleForm.payment(slip, "售后服务部", CHINA, people)).text(1);
        for (String text : List.of(card, payment)) {
            assertTrue(text.contains("李营业员") && text.contains("王收款") && text.contains("服务站"), text);
            assertTrue(!text.contains("counter") && !text.contains("cashier1") && !text.contains("服务点"), text);
            assertTrue(text.contains("银行转账") || text.contains("转账"), text);
            assertTrue(!text.contains("BANK_TRANSFER"), text);
        }
        assertTrue(card.contains("叫修单号") && !card.contains("工单号"), card);
    }
}
