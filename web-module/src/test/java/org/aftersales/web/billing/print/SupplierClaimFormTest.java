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
import org.aftersales.billing.boundary.CostViews.ClaimStepView;
import org.aftersales.billing.boundary.CostViews.SupplierClaimView;
import org.aftersales.domain.billing.SupplierClaimState;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** B5: the 索赔单 prints the supplier, the ticket, the product, the amount and its steps, with names. */
class SupplierClaimFormTest {

    private static final Map<String, String> NAMES = Map.of("cw.wang", "王会计");

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    @Test
    void theClaimHasItsSupplierTicketProductAmountAndSteps() {
        Instant opened = Instant.parse("2026-12-01T01:00:00Z");
        SupplierClaimView claim = new SupplierClaimView(
                "YX-SP-26-12-01",
                "某某电器厂",
                "YX-26-12-07",
                "YX",
                "KFR-35GW",
                "SN0001",
                new BigDecimal("940.00"),
                SupplierClaimState.SENT,
                opened,
                List.of(
                        new ClaimStepView(SupplierClaimState.OPEN, opened, "COST-ACCOUNTING", null),
                        new ClaimStepView(SupplierClaimState.SENT, opened.plusSeconds(3600), "cw.wang", "快递寄出")),
                Set.of(SupplierClaimState.ACCEPTED, SupplierClaimState.REFUSED),
                1L);
        PrintedPdf pdf = new PrintedPdf(
                SupplierClaimForm.pdf(claim, "售后服务部", ZoneId.of("Asia/Shanghai"), u -> NAMES.getOrDefault(u, u)));
        assertEquals(1, pdf.pages());
        String text = pdf.text(1);
        for (String expected : List.of(
                "索赔单",
                "No.YX-SP-26-12-01",
                "某某电器厂",
                "YX-26-12-07",
                "KFR-35GW",
                "SN0001",
                "¥940.00",
                "已寄出",
                "2026-12-01 10:00",
                "王会计",
                "快递寄出",
                "供应商确认")) {
            assertTrue(text.contains(compact(expected)), expected + " in " + text);
        }
        assertFalse(text.contains("cw.wang"), "no login on paper");
    }
}
