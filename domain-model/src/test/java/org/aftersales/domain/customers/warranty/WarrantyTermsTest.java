package org.aftersales.domain.customers.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** W1: choosing the term per component from the table, commitments, and the last day covered. */
class WarrantyTermsTest {

    private static final WarrantyPolicy POLICY = WarrantyPolicy.defaults();
    private static final LocalDate START = LocalDate.parse("2024-01-01");

    /** A table with a default, a category, a model and a use-free row for each level. */
    private static final List<WarrantyTerm> TABLE = List.of(
            new WarrantyTerm(null, null, null, Components.WHOLE_UNIT, 6),
            new WarrantyTerm(null, null, ProductUse.HOUSEHOLD, Components.WHOLE_UNIT, 36),
            new WarrantyTerm("AC", null, null, Components.WHOLE_UNIT, 42),
            new WarrantyTerm("AC", null, ProductUse.HOUSEHOLD, Components.WHOLE_UNIT, 48),
            new WarrantyTerm(null, "KFR-35GW", null, Components.WHOLE_UNIT, 60),
            new WarrantyTerm(null, "KFR-35GW", ProductUse.HOUSEHOLD, Components.WHOLE_UNIT, 72),
            new WarrantyTerm(null, "KFR-50LW", ProductUse.COMMERCIAL, Components.WHOLE_UNIT, 84));

    private static ProductFacts product(
            String model, String category, ProductUse use, Map<String, Integer> commitments) {
        return new ProductFacts(
                "SN1",
                model,
                category,
                use,
                START,
                START,
                ProofOfPurchase.INVOICE,
                SerialStatus.OK,
                false,
                commitments);
    }

    private static LocalDate until(WarrantyAssessment a, String component) {
        return a.coverage().stream()
                .filter(c -> c.component().equals(component))
                .findFirst()
                .orElseThrow()
                .until();
    }

    @ParameterizedTest(name = "W1: model {0}, category {1}, {2} → {3} months ({4})")
    @CsvSource(
            nullValues = "-",
            value = {
                // model,    category, use,        months, why
                "KFR-35GW,  AC,       HOUSEHOLD,  72,     model and use",
                "KFR-35GW,  AC,       COMMERCIAL, 60,     model beats category",
                "KFR-26GW,  AC,       HOUSEHOLD,  48,     category and use",
                "KFR-26GW,  AC,       INDUSTRIAL, 42,     category beats default",
                "KFR-26GW,  FRIDGE,   HOUSEHOLD,  36,     use-specific default beats use-free default",
                "KFR-26GW,  -,        COMMERCIAL, 6,      use-free default",
                "KFR-50LW,  AC,       HOUSEHOLD,  48,     a model row for another use does not apply",
            })
    void picksTheMostSpecificApplicableTerm(String model, String category, ProductUse use, int months, String why) {
        WarrantyAssessment a = POLICY.assess(product(model, category, use, Map.of()), TABLE, START);
        assertEquals(START.plusMonths(months).minusDays(1), a.wholeUnitUntil(), why);
    }

    @Test
    @DisplayName("W1: between equally specific terms the first row of the table wins")
    void keepsTheFirstOfEquallySpecificTerms() {
        List<WarrantyTerm> twice = List.of(
                new WarrantyTerm(null, null, null, Components.WHOLE_UNIT, 12),
                new WarrantyTerm(null, null, null, Components.WHOLE_UNIT, 24));
        assertEquals(
                LocalDate.parse("2024-12-31"),
                POLICY.assess(product("M", null, ProductUse.HOUSEHOLD, Map.of()), twice, START)
                        .wholeUnitUntil());
    }

    @Test
    @DisplayName("W1: a written commitment wins over the table, also for a component the table does not name")
    void letsAWrittenCommitmentWin() {
        ProductFacts p =
                product("KFR-35GW", null, ProductUse.COMMERCIAL, Map.of(Components.WHOLE_UNIT, 24, "MOTOR", 48));
        WarrantyAssessment a = POLICY.assess(p, WarrantyPolicy.w1Defaults(), LocalDate.parse("2025-06-01"));
        assertEquals(WarrantyStatus.IN_WARRANTY, a.status(), "24 months committed instead of 12");
        assertEquals(LocalDate.parse("2025-12-31"), until(a, Components.WHOLE_UNIT));
        assertEquals(LocalDate.parse("2026-12-31"), until(a, Components.COMPRESSOR));
        assertEquals(LocalDate.parse("2027-12-31"), until(a, "MOTOR"));
    }

    @Test
    @DisplayName("W1: a commitment for the whole unit completes a table that has none for the product")
    void acceptsACommitmentInPlaceOfAMissingWholeUnitTerm() {
        List<WarrantyTerm> compressorOnly = List.of(new WarrantyTerm(null, null, null, Components.COMPRESSOR, 36));
        WarrantyAssessment a = POLICY.assess(
                product("X", null, ProductUse.INDUSTRIAL, Map.of(Components.WHOLE_UNIT, 18)), compressorOnly, START);
        assertEquals(LocalDate.parse("2025-06-30"), a.wholeUnitUntil());
    }

    @Test
    @DisplayName("W1: lists the whole unit first, then the other components alphabetically")
    void listsTheWholeUnitFirstThenTheOthersAlphabetically() {
        List<WarrantyTerm> terms = List.of(
                new WarrantyTerm(null, null, null, "ZONE_VALVE", 12),
                new WarrantyTerm(null, null, null, Components.WHOLE_UNIT, 12),
                new WarrantyTerm(null, null, null, "MOTOR", 12),
                new WarrantyTerm(null, null, null, Components.COMPRESSOR, 12));
        WarrantyAssessment a =
                POLICY.assess(product("X", null, ProductUse.HOUSEHOLD, Map.of("BOARD", 6)), terms, START);
        assertEquals(
                List.of("WHOLE_UNIT", "BOARD", "COMPRESSOR", "MOTOR", "ZONE_VALVE"),
                a.coverage().stream().map(Coverage::component).toList());
    }

    @Test
    @DisplayName("W1: a table without a whole-unit term for the product is incomplete")
    void refusesATableWithoutAWholeUnitTermForTheProduct() {
        List<WarrantyTerm> onlyHousehold = List.of(
                new WarrantyTerm(null, null, ProductUse.HOUSEHOLD, Components.WHOLE_UNIT, 36),
                new WarrantyTerm(null, null, null, Components.COMPRESSOR, 36));
        assertThrows(
                IllegalArgumentException.class,
                () -> POLICY.assess(product("X", null, ProductUse.INDUSTRIAL, Map.of()), onlyHousehold, START));
        assertThrows(
                IllegalArgumentException.class,
                () -> POLICY.assess(product("X", null, ProductUse.INDUSTRIAL, Map.of()), List.of(), START));
    }

    @ParameterizedTest(name = "W1: start {0} + {1} months → last day covered {2}")
    @CsvSource({
        "2024-01-01, 12, 2024-12-31",
        "2024-01-31,  1, 2024-02-28",
        "2023-01-31,  1, 2023-02-27",
        "2024-03-31,  1, 2024-04-29",
        "2024-02-29, 12, 2025-02-27",
        "2024-02-29, 48, 2028-02-28",
        "2023-08-20, 12, 2024-08-19",
        "2023-12-15,  1, 2024-01-14",
    })
    void endsOneDayBeforeStartPlusTheTerm(LocalDate start, int months, LocalDate until) {
        ProductFacts p = new ProductFacts(
                "SN1",
                "X",
                null,
                ProductUse.HOUSEHOLD,
                null,
                start,
                ProofOfPurchase.INVOICE,
                SerialStatus.OK,
                false,
                Map.of());
        WarrantyAssessment a =
                POLICY.assess(p, List.of(new WarrantyTerm(null, null, null, Components.WHOLE_UNIT, months)), start);
        assertEquals(until, a.wholeUnitUntil());
        assertEquals(
                WarrantyStatus.IN_WARRANTY,
                POLICY.assess(p, List.of(new WarrantyTerm(null, null, null, Components.WHOLE_UNIT, months)), until)
                        .status(),
                "the last day is covered");
        assertEquals(
                WarrantyStatus.EXPIRED,
                POLICY.assess(
                                p,
                                List.of(new WarrantyTerm(null, null, null, Components.WHOLE_UNIT, months)),
                                until.plusDays(1))
                        .status(),
                "the day after is not");
    }

    @Test
    @DisplayName("W1: the defaults are household 36/60 months, commercial and industrial 12/36")
    void providesTheW1Defaults() {
        assertEquals(
                List.of(
                        new WarrantyTerm(null, null, ProductUse.HOUSEHOLD, Components.WHOLE_UNIT, 36),
                        new WarrantyTerm(null, null, ProductUse.HOUSEHOLD, Components.COMPRESSOR, 60),
                        new WarrantyTerm(null, null, ProductUse.COMMERCIAL, Components.WHOLE_UNIT, 12),
                        new WarrantyTerm(null, null, ProductUse.COMMERCIAL, Components.COMPRESSOR, 36),
                        new WarrantyTerm(null, null, ProductUse.INDUSTRIAL, Components.WHOLE_UNIT, 12),
                        new WarrantyTerm(null, null, ProductUse.INDUSTRIAL, Components.COMPRESSOR, 36)),
                WarrantyPolicy.w1Defaults());
    }

    @Test
    @DisplayName("W1: a term needs a component and a positive number of months; blank model or category means any")
    void guardsTheTermsOfTheTable() {
        assertThrows(NullPointerException.class, () -> new WarrantyTerm(null, null, null, null, 12));
        assertThrows(IllegalArgumentException.class, () -> new WarrantyTerm(null, null, null, " ", 12));
        assertThrows(
                IllegalArgumentException.class, () -> new WarrantyTerm(null, null, null, Components.WHOLE_UNIT, 0));
        assertThrows(
                IllegalArgumentException.class, () -> new WarrantyTerm(null, null, null, Components.WHOLE_UNIT, -1));
        WarrantyTerm blank = new WarrantyTerm(" ", "", null, " COMPRESSOR ", 12);
        assertNull(blank.category());
        assertNull(blank.model());
        assertEquals(Components.COMPRESSOR, blank.component());
    }

    @Test
    @DisplayName("W1: a commitment needs a component and a positive number of months")
    void guardsTheCommitments() {
        assertThrows(
                IllegalArgumentException.class,
                () -> product("X", null, ProductUse.HOUSEHOLD, Map.of(Components.WHOLE_UNIT, 0)));
        assertThrows(IllegalArgumentException.class, () -> product("X", null, ProductUse.HOUSEHOLD, Map.of(" ", 12)));
    }
}
