package org.aftersales.web.parts.print;

import static org.aftersales.web.shared.print.PrintedPdf.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.domain.parts.SlipKind;
import org.aftersales.parts.boundary.StockViews.DiscrepancyView;
import org.aftersales.parts.boundary.StockViews.SlipLineView;
import org.aftersales.parts.boundary.StockViews.SlipView;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** P2, P3: each slip prints one page per copy of its paper form, labelled like the paper. */
class SlipFormTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final SlipForm.PartNames NAMES = new SlipForm.PartNames() {
        @Override
        public String nameOf(String partNumber) {
            return "压缩机";
        }

        @Override
        public String unitOf(String partNumber) {
            return "台";
        }
    };

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    private static SlipView slip(SlipKind kind, Integer invoiced, Integer received) {
        SlipLineView line = new SlipLineView(
                1,
                "YSJ-001",
                8,
                invoiced,
                received,
                received == null ? null : 8 - received,
                new BigDecimal("800.0000"),
                new BigDecimal("6400.00"),
                received == null ? null : new BigDecimal("800.00").multiply(BigDecimal.valueOf(received)));
        List<DiscrepancyView> discrepancies = kind == SlipKind.INBOUND
                ? List.of(new DiscrepancyView(
                        1,
                        "YX-26-11-07",
                        "BJ",
                        "YSJ-001",
                        10,
                        8,
                        0,
                        2,
                        new BigDecimal("800.0000"),
                        "某某压缩机厂",
                        null,
                        "wang",
                        Instant.EPOCH,
                        null))
                : List.of();
        return new SlipView(
                "YX-26-11-07",
                kind,
                "BJ",
                kind == SlipKind.TRANSFER ? "TJ" : null,
                "某某压缩机厂",
                kind == SlipKind.OUTBOUND ? "YX-26-11-01" : null,
                "li.si",
                null,
                Instant.parse("2026-11-03T01:30:00Z"),
                "wang",
                List.of(line),
                new BigDecimal("6400.00"),
                discrepancies);
    }

    @Test
    void theInboundSlipHasTheWarehouseFinanceAndPurchaserCopiesAndTheShortage() {
        PrintedPdf pdf = new PrintedPdf(SlipForm.pdf(slip(SlipKind.INBOUND, 10, null), NAMES, "售后服务部", CHINA));
        assertEquals(3, pdf.pages());
        for (int page = 1; page <= 3; page++) {
            String text = pdf.text(page);
            assertTrue(text.contains(compact(SlipForm.INBOUND_COPIES.get(page - 1))), text);
            for (String expected : List.of("入库单", "No.YX-26-11-07", "压缩机", "¥6,400.00", "进货验收差错", "某某压缩机厂")) {
                assertTrue(text.contains(compact(expected)), expected + " on page " + page + ": " + text);
            }
        }
    }

    @Test
    void theOutboundSlipHasFourCopiesAndTheTicket() {
        PrintedPdf pdf = new PrintedPdf(SlipForm.pdf(slip(SlipKind.OUTBOUND, null, null), NAMES, "售后服务部", CHINA));
        assertEquals(4, pdf.pages());
        for (int page = 1; page <= 4; page++) {
            String text = pdf.text(page);
            assertTrue(text.contains(compact(SlipForm.OUTBOUND_COPIES.get(page - 1))), text);
            assertTrue(text.contains("出库单") && text.contains("YX-26-11-01"), text);
        }
    }

    @Test
    void theTransferSlipHasFiveCopiesWithWhatWasReceived() {
        PrintedPdf pdf = new PrintedPdf(SlipForm.pdf(slip(SlipKind.TRANSFER, null, 5), NAMES, "售后服务部", CHINA));
        assertEquals(5, pdf.pages());
        String text = pdf.text(1);
        assertTrue(text.contains("调拨单") && text.contains("¥4,000.00") && text.contains(compact("第一联 存根")), text);
    }

    @Test
    void theOutboundSlipNamesTheClerkAndTheRecipientAndItsServiceStation() {
        java.util.function.UnaryOperator<String> people = login -> switch (login) {
            case "wang" -> "王库管";
            case "li.si" -> "李四";
            default -> login;
        };
        String text = new PrintedPdf(SlipForm.pdf(slip(SlipKind.OUTBOUND, null, null), NAMES, "售后服务部", CHINA, people))
                .text(1);
        assertTrue(
                text.contains("王库管") && text.contains("李四") && text.contains("出库服务站") && text.contains("叫修单号"), text);
        assertTrue(!text.contains("wang") && !text.contains("li.si") && !text.contains("仓库Service"), text);
    }
}
