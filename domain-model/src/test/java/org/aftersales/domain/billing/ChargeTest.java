package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 10.3, W6: the balance of a charge through payments and refunds. */
class ChargeTest {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    private static Charge charge(String total) {
        return new Charge("YX-SF-26-12-01", "YX-26-12-01", 1L, "YX", new BigDecimal(total));
    }

    @ParameterizedTest(name = "total {0}, payments {1} → paid {2}, balance {3}")
    @CsvSource({
        "280.00, 100.00, 100.00, 180.00",
        "280.00, 100.00|180.00, 280.00, 0.00",
        "197.20, 0.01|197.19, 197.20, 0.00",
        "280.00, 279.999, 280.00, 0.00" // half-up to the cent before it is compared
    })
    void paymentsInPartOrWholeLowerTheBalance(String total, String payments, String paid, String balance) {
        Charge c = charge(total);
        for (String p : payments.split("\\|")) {
            c.pay(new BigDecimal(p), ChargePaymentMethod.CASH, "cashier", NOW);
        }
        assertEquals(new BigDecimal(paid), c.getPaid());
        assertEquals(new BigDecimal(balance), c.balance());
    }

    @ParameterizedTest(name = "{0} on a balance of 100.00 → 422")
    @CsvSource({"100.01", "0.00", "-5.00"})
    void aboveTheBalanceZeroOrNegativeIsRefusedAndNothingChanges(String amount) {
        Charge c = charge("100.00");
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> c.pay(new BigDecimal(amount), ChargePaymentMethod.WECHAT, "cashier", NOW));
        assertEquals("amount", e.errors().get(0).field());
        assertEquals(new BigDecimal("100.00"), c.balance());
        assertTrue(c.getPayments().isEmpty());
    }

    @Test
    void aRefundIsPaidOutOnlyOnceApprovedAndNeverMoreThanReceived() { // W6
        Charge c = charge("280.00");
        c.pay(new BigDecimal("200.00"), ChargePaymentMethod.ALIPAY, "cashier", NOW);
        assertThrows(RuleViolationException.class, () -> c.requestRefund(new BigDecimal("200.01"), "多收", "agent", NOW));
        Refund r = c.requestRefund(new BigDecimal("150.00"), "三包退款", "agent", NOW);
        assertEquals("YX-SF-26-12-01/R1", r.subject());
        assertEquals(new BigDecimal("50.00"), c.refundable(), "a refund awaiting approval is reserved");
        assertThrows(RuleViolationException.class, () -> c.requestRefund(new BigDecimal("50.01"), "x", "agent", NOW));
        assertEquals(new BigDecimal("200.00"), c.getPaid(), "nothing paid out before the approval");

        c.refundDecided(1, true, null, "finance", NOW);
        assertEquals(RefundState.PAID, r.getState());
        assertEquals(new BigDecimal("150.00"), c.getRefunded());
        assertEquals(new BigDecimal("-150.00"), c.getPayments().get(1).getAmount());
        assertThrows(ConflictException.class, () -> c.refundDecided(1, true, null, "finance", NOW));
    }

    @Test
    void aRejectedRefundPaysNothingAndFreesTheAmount() {
        Charge c = charge("100.00");
        c.pay(new BigDecimal("100.00"), ChargePaymentMethod.CARD, "cashier", NOW);
        c.requestRefund(new BigDecimal("100.00"), "多收", "agent", NOW);
        assertEquals(new BigDecimal("0.00"), c.refundable());
        c.refundDecided(1, false, "不符合三包", "jingli", NOW);
        assertEquals(new BigDecimal("100.00"), c.refundable());
        assertEquals(new BigDecimal("0.00"), c.getRefunded());
    }

    @Test
    void nothingToChargeIsAConflict() {
        assertThrows(ConflictException.class, () -> charge("0.00"));
    }
}
