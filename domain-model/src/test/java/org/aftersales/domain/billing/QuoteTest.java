package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** B3, B4: what a customer accepts, once, and what a declined quote leaves to pay. */
class QuoteTest {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
    private static final QuotePricing.Rates RATES =
            new QuotePricing.Rates(new BigDecimal("0.06"), new BigDecimal("0.40"));

    private static Quote quote(Payer payer, String discount, boolean needsApproval) {
        Quote q = new Quote("YX-26-12-01", "YX");
        q.price(
                QuotePricing.typed(
                        new QuotePricing.Typed(
                                new BigDecimal("100.00"),
                                new BigDecimal("50.00"),
                                new BigDecimal("30.00"),
                                new BigDecimal("20.00")),
                        RATES,
                        discount == null ? null : new BigDecimal(discount),
                        payer),
                1,
                discount == null ? null : "老客户",
                needsApproval,
                "agent",
                NOW);
        return q;
    }

    @Test
    void acceptedOnceByPhone() {
        Quote q = quote(Payer.CUSTOMER, null, false);
        q.accept(AcceptanceMethod.PHONE, "张三", NOW, "agent", null);
        assertEquals(QuoteState.ACCEPTED, q.getState());
        assertEquals(new BigDecimal("280.00"), q.chargeable());
        assertThrows(ConflictException.class, () -> q.accept(AcceptanceMethod.PHONE, "张三", NOW, "agent", null));
        assertThrows(
                ConflictException.class,
                () -> q.price(
                        QuotePricing.typed(new QuotePricing.Typed(null, null, null, null), RATES, null, Payer.CUSTOMER),
                        1,
                        null,
                        false,
                        "agent",
                        NOW));
    }

    @Test
    void aSignatureNeedsTheImage() {
        Quote q = quote(Payer.CUSTOMER, null, false);
        assertThrows(
                RuleViolationException.class, () -> q.accept(AcceptanceMethod.SIGNATURE, "张三", NOW, "agent", null));
    }

    @Test
    void aDiscountAwaitingApprovalCannotBeAccepted() { // B4
        Quote q = quote(Payer.CUSTOMER, "100.00", true);
        assertEquals(QuoteState.AWAITING_APPROVAL, q.getState());
        assertThrows(ConflictException.class, () -> q.accept(AcceptanceMethod.PHONE, "张三", NOW, "agent", null));
        q.discountApproved();
        assertEquals(new BigDecimal("180.00"), q.getCustomerPays());
        q.accept(AcceptanceMethod.PHONE, "张三", NOW, "agent", null);
        assertEquals(QuoteState.ACCEPTED, q.getState());
    }

    @Test
    void aRejectedDiscountGoesAndTheFullTotalStays() { // B4
        Quote q = quote(Payer.CUSTOMER, "100.00", true);
        q.discountRefused();
        assertEquals(QuoteState.DRAFT, q.getState());
        assertEquals(new BigDecimal("0.00"), q.getDiscount());
        assertEquals(new BigDecimal("280.00"), q.getCustomerPays());
        assertEquals(
                0,
                q.getLines().stream()
                        .filter(l -> l.getCategory() == QuoteLineCategory.DISCOUNT)
                        .count());
    }

    @Test
    void aDiscountNeedsItsReason() {
        Quote q = new Quote("YX-26-12-01", "YX");
        assertThrows(
                RuleViolationException.class,
                () -> q.price(
                        QuotePricing.typed(
                                new QuotePricing.Typed(BigDecimal.TEN, null, null, null),
                                RATES,
                                BigDecimal.ONE,
                                Payer.CUSTOMER),
                        1,
                        " ",
                        false,
                        "agent",
                        NOW));
    }

    @Test
    void aDeclinedPaidQuoteLeavesTheInspectionFee() { // B3
        Quote q = quote(Payer.CUSTOMER, null, false);
        q.decline("太贵", new BigDecimal("30.00"), NOW);
        assertEquals(QuoteState.DECLINED, q.getState());
        assertEquals(new BigDecimal("30.00"), q.chargeable());
        Quote free = quote(Payer.WARRANTY, null, false);
        free.decline("不修了", new BigDecimal("30.00"), NOW);
        assertThrows(ConflictException.class, free::chargeable, "nothing to charge under warranty");
    }

    @Test
    void aDraftIsNotChargeable() {
        assertThrows(
                ConflictException.class,
                () -> quote(Payer.CUSTOMER, null, false).chargeable());
    }
}
