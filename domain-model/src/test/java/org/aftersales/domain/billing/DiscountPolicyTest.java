package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** B4: discount policies as data — their rules, their discount on a total, and a quote that applies one. */
class DiscountPolicyTest {

    private static BigDecimal money(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static DiscountPolicy policy(
            String kind, String percent, String amount, String from, String until, boolean active) {
        return new DiscountPolicy(
                "P1",
                new DiscountPolicy.Terms(
                        "政策",
                        DiscountPolicyKind.valueOf(kind),
                        money(percent),
                        money(amount),
                        date(from),
                        date(until),
                        active));
    }

    @ParameterizedTest(name = "{0} {1}% / {2} on {6} of {5} → {7}")
    @CsvSource(
            nullValues = "-",
            value = {
                // kind,           percent, amount, from,       until,      total,  on,         discount
                "SENIOR,           10,      -,      -,          -,          197.20, 2026-12-06, 19.72",
                "SENIOR,           12.5,    -,      -,          -,          197.20, 2026-12-06, 24.65", // 24.65 exactly
                "KEY_CUSTOMER,     3.33,    -,      -,          -,          100.15, 2026-12-06, 3.33", // 3.334995 →
                // 3.33
                "KEY_CUSTOMER,     3.35,    -,      -,          -,          100.15, 2026-12-06, 3.36", // 3.355025 →
                // 3.36
                "CONTRACT_CUSTOMER, -,      20.00,  -,          -,          280.00, 2026-12-06, 20.00",
                "CONTRACT_CUSTOMER, -,      50.00,  -,          -,          30.00,  2026-12-06, 30.00", // never above
                // the total
                "PROMOTION,        100,     -,      2026-12-01, 2026-12-31, 280.00, 2026-12-01, 280.00", // first day
                "PROMOTION,        5,       -,      2026-12-01, 2026-12-31, 280.00, 2026-12-31, 14.00", // last day
            })
    void discountOnTheTotal(
            String kind,
            String percent,
            String amount,
            String from,
            String until,
            String total,
            String on,
            String off) {
        DiscountPolicy p = policy(kind, percent, amount, from, until, true);
        assertEquals(money(off), p.discountOn(money(total), date(on)));
    }

    @ParameterizedTest(name = "{0} from {1} until {2}, active {3}: on {4} → in force {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "PROMOTION, 2026-12-01, 2026-12-31, true,  2026-11-30, false",
                "PROMOTION, 2026-12-01, 2026-12-31, true,  2027-01-01, false",
                "PROMOTION, 2026-12-01, 2026-12-31, false, 2026-12-15, false",
                "PROMOTION, 2026-12-01, 2026-12-31, true,  2026-12-15, true",
                "SENIOR,    -,          -,          true,  2030-01-01, true",
                "SENIOR,    2027-01-01, -,          true,  2026-12-31, false",
            })
    void inForce(String kind, String from, String until, boolean active, String on, boolean inForce) {
        DiscountPolicy p = policy(kind, "10", null, from, until, active);
        assertEquals(inForce, p.inForce(date(on)));
        if (!inForce) {
            assertThrows(ConflictException.class, () -> p.discountOn(new BigDecimal("100.00"), date(on)));
        }
    }

    @ParameterizedTest(name = "{0} {1}% / {2} {3}–{4} → 422 on {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "SENIOR,    -,     -,     -,          -,          percent", // neither
                "SENIOR,    10,    20.00, -,          -,          percent", // both
                "SENIOR,    0,     -,     -,          -,          percent",
                "SENIOR,    100.01,-,     -,          -,          percent",
                "SENIOR,    -,     0.00,  -,          -,          amount",
                "PROMOTION, 10,    -,     2026-12-01, -,          validUntil", // a promotion has both dates
                "SENIOR,    10,    -,     2026-12-31, 2026-12-01, validUntil", // end before start
            })
    void refusesBrokenPolicies(String kind, String percent, String amount, String from, String until, String field) {
        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> policy(kind, percent, amount, from, until, true));
        assertEquals(field, e.errors().get(0).field());
    }

    /**
     * B4 on the quote (API.md's example, total 280.00): the policy's discount is a line of its own, needs
     * no approval, and stays when an ad-hoc discount beside it is refused.
     */
    @ParameterizedTest(name = "policy {0}% / {1} + ad hoc {2} (approval {3}) → discount {4}, pays {5}, {6}")
    @CsvSource(
            nullValues = "-",
            value = {
                "10, -,     -,     false, 28.00, 252.00, DRAFT",
                "-,  20.00, -,     false, 20.00, 260.00, DRAFT",
                "10, -,     30.00, true,  58.00, 222.00, AWAITING_APPROVAL",
                "10, -,     30.00, false, 58.00, 222.00, DRAFT",
            })
    void quoteWithAPolicy(
            String percent,
            String amount,
            String adHoc,
            boolean needsApproval,
            String off,
            String pays,
            QuoteState state) {
        QuotePricing.Priced priced = QuotePricing.typed(
                new QuotePricing.Typed(
                        new BigDecimal("100.00"),
                        new BigDecimal("50.00"),
                        new BigDecimal("30.00"),
                        new BigDecimal("20.00")),
                new QuotePricing.Rates(new BigDecimal("0.06"), new BigDecimal("0.40")),
                new QuotePricing.Policy("SENIOR-10", "老年人优惠", money(percent), money(amount)),
                money(adHoc),
                Payer.CUSTOMER);
        assertEquals(money("280.00"), priced.total());
        assertEquals(money(off), priced.discount());
        assertEquals(money(pays), priced.customerPays());
        Quote quote = new Quote("YX-26-12-01", "YX");
        quote.price(priced, 1, adHoc == null ? null : "老客户", needsApproval, "agent", java.time.Instant.EPOCH);
        assertEquals(state, quote.getState());
        assertEquals("SENIOR-10", quote.getPolicyCode());
        assertEquals("老年人优惠", quote.getPolicyReason());
        assertEquals(
                1,
                quote.getLines().stream()
                        .filter(l -> l.getCategory() == QuoteLineCategory.POLICY)
                        .count());
        if (state == QuoteState.AWAITING_APPROVAL) {
            quote.discountRefused(); // the ad-hoc part goes, the policy's stays
            BigDecimal policyPart = priced.policyDiscount();
            assertEquals(policyPart, quote.getDiscount());
            assertEquals(money("280.00").subtract(policyPart), quote.getCustomerPays());
        }
    }
}
