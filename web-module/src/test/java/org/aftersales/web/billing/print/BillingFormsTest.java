package org.aftersales.web.billing.print;

import static org.aftersales.web.shared.print.PrintedPdf.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.billing.boundary.BillingViews.ChargeView;
import org.aftersales.billing.boundary.BillingViews.LineView;
import org.aftersales.billing.boundary.BillingViews.PaymentView;
import org.aftersales.billing.boundary.BillingViews.QuoteView;
import org.aftersales.billing.boundary.BillingViews.RefundView;
import org.aftersales.domain.billing.AcceptanceMethod;
import org.aftersales.domain.billing.ChargePaymentMethod;
import org.aftersales.domain.billing.Payer;
import org.aftersales.domain.billing.QuoteLineCategory;
import org.aftersales.domain.billing.QuoteState;
import org.aftersales.domain.billing.RefundState;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.tickets.Channel;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.domain.tickets.TicketStatus;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** B2, B3, 10.3: the quote (维修报价单) and the receipt (收费单) print itemised, numbered, one page per copy. */
class BillingFormsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.parse("2026-12-05T02:00:00Z");

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    static TicketView ticket() {
        return new TicketView(
                "YX-26-12-07",
                "YX",
                TicketStatus.ON_SITE,
                1L,
                "上海电气",
                "张三",
                "13800138000",
                "北京",
                "北京市朝阳区建国路1号",
                "SN-1",
                "KFR-35GW",
                Channel.PHONE,
                ServiceKind.ONSITE_REPAIR,
                FaultLevel.GENERAL,
                "空调不制冷",
                AT,
                null,
                Entitlement.PAID,
                null,
                List.of(),
                Set.of(),
                "tech1",
                null,
                null,
                null,
                List.of(),
                "压缩机电容损坏",
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                Map.of(),
                null,
                Set.of(),
                AT,
                null,
                1L,
                8);
    }

    @Test
    void theQuoteHasItsLinesTotalsPayerVersionAndSignature() {
        QuoteView q = new QuoteView(
                "YX-26-12-07",
                QuoteState.ACCEPTED,
                Payer.CUSTOMER,
                new BigDecimal("100.00"),
                new BigDecimal("50.00"),
                new BigDecimal("30.00"),
                new BigDecimal("20.00"),
                new BigDecimal("200.00"),
                new BigDecimal("80.00"),
                new BigDecimal("280.00"),
                new BigDecimal("0.00"),
                null,
                new BigDecimal("280.00"),
                3,
                false,
                List.of(
                        new LineView(1, QuoteLineCategory.MATERIALS, null, new BigDecimal("100.00")),
                        new LineView(2, QuoteLineCategory.LABOUR, "1.5 h × 80.00", new BigDecimal("50.00")),
                        new LineView(3, QuoteLineCategory.TRAVEL, null, new BigDecimal("30.00")),
                        new LineView(4, QuoteLineCategory.TAX, "0.06", new BigDecimal("20.00")),
                        new LineView(5, QuoteLineCategory.MARKUP, "0.4", new BigDecimal("80.00"))),
                "tech1",
                AT,
                AcceptanceMethod.SIGNATURE,
                "张三",
                AT,
                "tech1",
                true,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null);
        byte[] bytes = BillingForms.quote(
                q, ticket(), PrintedPdf.signaturePng(), "售后服务部", CHINA, u -> u.equals("tech1") ? "李师傅" : u);
        PrintedPdf pdf = new PrintedPdf(bytes);
        assertEquals(BillingForms.QUOTE_COPIES.size(), pdf.pages());
        for (int page = 1; page <= pdf.pages(); page++) {
            String text = pdf.text(page);
            assertTrue(text.contains(compact(BillingForms.QUOTE_COPIES.get(page - 1))), text);
            for (String expected : List.of(
                    "维修报价单", "No.YX-26-12-07", "上海电气", "材料费", "人工费", "加成", "¥280.00", "客户付费", "V3", "客户签字", "李师傅")) {
                assertTrue(text.contains(compact(expected)), expected + " in " + text);
            }
            assertFalse(text.contains("tech1") || text.contains("MATERIALS") || text.contains("CUSTOMER"), text);
            assertEquals(1, pdf.images(page), "the signature on every copy");
        }
        write("quote", bytes);
    }

    @Test
    void ratesPrintAsPercentNotAsFractions() { // issue 13.3: 税率 13 %, 加成 40 %, not 0.13 / 0.4
        QuoteView q = new QuoteView(
                "YX-26-12-08",
                QuoteState.DRAFT,
                Payer.CUSTOMER,
                new BigDecimal("100.00"),
                new BigDecimal("50.00"),
                new BigDecimal("30.00"),
                new BigDecimal("23.40"),
                new BigDecimal("203.40"),
                new BigDecimal("81.36"),
                new BigDecimal("284.76"),
                new BigDecimal("28.48"),
                null,
                new BigDecimal("256.28"),
                3,
                false,
                List.of(
                        new LineView(1, QuoteLineCategory.MATERIALS, null, new BigDecimal("100.00")),
                        new LineView(2, QuoteLineCategory.LABOUR, "1.5 h × 33.33", new BigDecimal("50.00")),
                        new LineView(3, QuoteLineCategory.TRAVEL, null, new BigDecimal("30.00")),
                        new LineView(4, QuoteLineCategory.TAX, "0.13", new BigDecimal("23.40")),
                        new LineView(5, QuoteLineCategory.MARKUP, "0.4", new BigDecimal("81.36")),
                        new LineView(6, QuoteLineCategory.POLICY, "SEN-1", new BigDecimal("-28.48"))),
                "tech1",
                AT,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                List.of(),
                "SEN-1",
                "老年人优惠",
                new BigDecimal("28.48"),
                null);
        assertEquals("13 %", BillingForms.details(q.lines().get(3), q));
        assertEquals("40 %", BillingForms.details(q.lines().get(4), q));
        assertEquals("老年人优惠 10 %", BillingForms.details(q.lines().get(5), q));
        assertEquals("1.5 h × 33.33", BillingForms.details(q.lines().get(1), q), "other lines as they are");
        assertEquals("12.5 %", BillingForms.percent(new BigDecimal("0.125")));
        String text = new PrintedPdf(BillingForms.quote(q, ticket(), null, "售后服务部", CHINA, u -> u)).text(1);
        assertTrue(text.contains(compact("13 %")) && text.contains(compact("40 %")), text);
        assertFalse(text.contains("0.13") || text.contains("0.4税") || text.contains("SEN-1"), text);
    }

    @Test
    void theReceiptHasThePaymentsRefundsAndTheBalance() {
        ChargeView c = new ChargeView(
                "YX-SF-26-12-01",
                "YX-26-12-07",
                "YX",
                new BigDecimal("280.00"),
                new BigDecimal("100.00"),
                new BigDecimal("0.00"),
                new BigDecimal("180.00"),
                List.of(new PaymentView(1, new BigDecimal("100.00"), ChargePaymentMethod.WECHAT, null, AT, "agent1")),
                List.of(new RefundView(
                        1,
                        "YX-SF-26-12-01/R1",
                        new BigDecimal("20.00"),
                        "多收",
                        RefundState.AWAITING_APPROVAL,
                        "agent1",
                        AT,
                        null,
                        null,
                        null)),
                AT,
                "agent1",
                1L,
                null,
                null);
        byte[] bytes = BillingForms.receipt(c, ticket(), "售后服务部", CHINA, u -> u.equals("agent1") ? "王芳" : u);
        PrintedPdf pdf = new PrintedPdf(bytes);
        assertEquals(BillingForms.RECEIPT_COPIES.size(), pdf.pages());
        String text = pdf.text(1);
        for (String expected : List.of(
                "收费单", "No.YX-SF-26-12-01", "上海电气", "YX-26-12-07", "微信", "¥100.00", "¥180.00", "王芳", "待审批", "多收")) {
            assertTrue(text.contains(compact(expected)), expected + " in " + text);
        }
        assertFalse(text.contains("agent1") || text.contains("WECHAT"), text);
        write("receipt", bytes);
    }

    /** Kept under target/ to look at. */
    private static void write(String name, byte[] pdf) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "prints");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
