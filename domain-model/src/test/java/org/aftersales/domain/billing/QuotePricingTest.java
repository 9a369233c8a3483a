package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.aftersales.domain.billing.QuotePricing.Material;
import org.aftersales.domain.billing.QuotePricing.Priced;
import org.aftersales.domain.billing.QuotePricing.Rates;
import org.aftersales.domain.billing.QuotePricing.Typed;
import org.aftersales.domain.billing.QuotePricing.Work;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** B2, B3: the quote's arithmetic — each line half-up to the cent, cost + markup = total. */
class QuotePricingTest {

    private static final Rates SCHEDULE = new Rates(new BigDecimal("0.06"), new BigDecimal("0.40"));

    private static BigDecimal money(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    @ParameterizedTest(name = "{0}+{1}+{2}+{3} → cost {4}, markup {5}, total {6}")
    @CsvSource({
        // materials, labour, travel, tax (typed; empty = 6 % of the rest), cost, markup, total
        "100.00, 50.00, 30.00, 20.00, 200.00, 80.00, 280.00", // API.md's example (B2: cost + 40 %)
        "123.45, 0.00, 10.00, 7.41, 140.86, 56.34, 197.20", // issue 13's example: 56.344 → 56.34
        "0.01, 0.00, 0.00, 0.00, 0.01, 0.00, 0.01", // 0.004 rounds down
        "0.02, 0.00, 0.00, 0.00, 0.02, 0.01, 0.03", // 0.008 rounds up
        "1.25, 0.00, 0.00, 0.00, 1.25, 0.50, 1.75",
        "0.05, 0.00, 0.00, 0.00, 0.05, 0.02, 0.07", // 0.020 exactly
        "0.0625, 0.00, 0.00, 0.00, 0.06, 0.02, 0.08", // the line rounds first: 0.0625 → 0.06
        "100.00, 50.00, 30.00, , 190.80, 76.32, 267.12", // tax 6 % of 180.00 = 10.80
        "10.10, 0.00, 0.00, , 10.71, 4.28, 14.99", // tax 0.606 → 0.61, markup 4.284 → 4.28
        "0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00"
    })
    void typedAmountsAddUpLineByLine(
            String materials, String labour, String travel, String tax, String cost, String markup, String total) {
        Priced p = QuotePricing.typed(
                new Typed(money(materials), money(labour), money(travel), money(tax)), SCHEDULE, null, Payer.CUSTOMER);
        assertEquals(new BigDecimal(cost), p.cost());
        assertEquals(new BigDecimal(markup), p.markup());
        assertEquals(new BigDecimal(total), p.total());
        assertEquals(new BigDecimal(total), p.customerPays());
        assertEquals(
                p.total(),
                p.lines().stream().map(QuoteLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
                "the printed lines add up to the total");
    }

    @ParameterizedTest(name = "{0} h × {1} + parts {2} + band {3} + on site {4} → labour {5}, tax {6}, total {7}")
    @CsvSource({
        // hours, rate, parts, band fee (empty: no distance), on-site fee (empty: not on site), labour, tax, total
        "1.50, 80.00, 850.00, 20.00, 30.00, 120.00, 61.20, 1513.68", // (850+120+50)=1020 → tax 61.20, cost 1081.20
        "0.75, 80.00, 0.00, , 30.00, 60.00, 5.40, 133.56", // 90 → tax 5.40, cost 95.40, markup 38.16
        "0.33, 60.00, 12.34, 60.00, , 19.80, 5.53, 136.74", // 92.14 → tax 5.5284 → 5.53, cost 97.67, markup 39.068 →
        // 39.07
        "0, 120.00, 0.00, , , 0.00, 0.00, 0.00"
    })
    void computedFromTheTicketsRecords(
            String hours,
            String rate,
            String parts,
            String band,
            String onSite,
            String labour,
            String tax,
            String total) {
        Priced p = QuotePricing.computed(
                new Work(
                        List.of(new Material("YSJ-001", 1, new BigDecimal(parts))),
                        new BigDecimal(hours),
                        new BigDecimal(rate),
                        band == null ? null : 8,
                        band == null ? null : 10,
                        money(band),
                        money(onSite)),
                SCHEDULE,
                null,
                Payer.CUSTOMER);
        assertEquals(new BigDecimal(labour), p.labour());
        assertEquals(new BigDecimal(tax), p.tax());
        assertEquals(new BigDecimal(total), p.total());
        assertEquals(p.total(), p.lines().stream().map(QuoteLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void travelIsTheBandPlusTheOnSiteFeeOnTwoLines() {
        Priced p = QuotePricing.computed(
                new Work(
                        List.of(),
                        BigDecimal.ONE,
                        new BigDecimal("80.00"),
                        8,
                        10,
                        new BigDecimal("20.00"),
                        new BigDecimal("30.00")),
                SCHEDULE,
                null,
                Payer.CUSTOMER);
        assertEquals(new BigDecimal("50.00"), p.travel());
        assertEquals(
                List.of(
                        QuoteLineCategory.LABOUR,
                        QuoteLineCategory.TRAVEL,
                        QuoteLineCategory.ON_SITE,
                        QuoteLineCategory.TAX,
                        QuoteLineCategory.MARKUP),
                p.lines().stream().map(QuoteLine::getCategory).toList());
    }

    @Test
    void underWarrantyTheCustomerPaysNothingAndTheCostIsStillRecorded() { // B3
        Priced p = QuotePricing.typed(
                new Typed(
                        new BigDecimal("100.00"),
                        new BigDecimal("50.00"),
                        new BigDecimal("30.00"),
                        new BigDecimal("20.00")),
                SCHEDULE,
                null,
                Payer.WARRANTY);
        assertEquals(new BigDecimal("200.00"), p.cost());
        assertEquals(new BigDecimal("280.00"), p.total());
        assertEquals(new BigDecimal("0.00"), p.customerPays());
        assertEquals(Payer.WARRANTY, p.payer());
    }

    @ParameterizedTest(name = "discount {0} → customer pays {1}")
    @CsvSource({"20.00, 260.00", "280.00, 0.00", "0.005, 279.99", "0, 280.00"})
    void aDiscountLowersWhatTheCustomerPaysNotTheCost(String discount, String pays) { // B4
        Priced p = QuotePricing.typed(
                new Typed(
                        new BigDecimal("100.00"),
                        new BigDecimal("50.00"),
                        new BigDecimal("30.00"),
                        new BigDecimal("20.00")),
                SCHEDULE,
                new BigDecimal(discount),
                Payer.CUSTOMER);
        assertEquals(new BigDecimal("200.00"), p.cost());
        assertEquals(new BigDecimal("280.00"), p.total());
        assertEquals(new BigDecimal(pays), p.customerPays());
    }

    @Test
    void aDiscountAboveTheTotalOrNegativeAmountsAreRefused() {
        Typed typed = new Typed(new BigDecimal("100.00"), null, null, BigDecimal.ZERO);
        RuleViolationException above = assertThrows(
                RuleViolationException.class,
                () -> QuotePricing.typed(typed, SCHEDULE, new BigDecimal("140.01"), Payer.CUSTOMER));
        assertEquals("discount", above.errors().get(0).field());
        RuleViolationException negative = assertThrows(
                RuleViolationException.class,
                () -> QuotePricing.typed(
                        new Typed(new BigDecimal("-1.00"), null, null, null), SCHEDULE, null, Payer.CUSTOMER));
        assertEquals("materials", negative.errors().get(0).field());
    }
}
