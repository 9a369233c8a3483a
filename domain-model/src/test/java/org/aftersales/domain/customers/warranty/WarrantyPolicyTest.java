package org.aftersales.domain.customers.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** W1–W3: start, status and reason of the warranty engine, with the W1 default terms. */
class WarrantyPolicyTest {

    private static final WarrantyPolicy POLICY = WarrantyPolicy.defaults();
    private static final List<WarrantyTerm> W1 = WarrantyPolicy.w1Defaults();

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static ProductFacts product(ProductUse use, String factory, String purchase, ProofOfPurchase proof) {
        return new ProductFacts(
                "SN1", "KFR-35GW", "AC", use, day(factory), day(purchase), proof, SerialStatus.OK, false, Map.of());
    }

    private static ProductFacts household(SerialStatus serial, boolean purchaseRecordAltered) {
        return new ProductFacts(
                "SN1",
                "KFR-35GW",
                "AC",
                ProductUse.HOUSEHOLD,
                day("2026-01-01"),
                day("2026-02-01"),
                ProofOfPurchase.INVOICE,
                serial,
                purchaseRecordAltered,
                Map.of());
    }

    @ParameterizedTest(
            name = "{0}: {1} bought {3} with {4}, on {5} → {6} from {7} ({8}), whole unit until {9}, compressor {10}")
    @CsvSource(
            nullValues = "-",
            value = {
                // rule,  use,       factory,    purchase,   proof,         date,       status,      start,      basis,
                //                     whole unit, compressor
                "W1/W2, HOUSEHOLD,  2023-01-10, 2023-03-01, INVOICE,       2025-06-01, IN_WARRANTY, 2023-03-01, PURCHASE_PROOF,             2026-02-28, 2028-02-29",
                "W1/W2, HOUSEHOLD,  2023-01-10, 2023-03-01, INVOICE,       2026-02-28, IN_WARRANTY, 2023-03-01, PURCHASE_PROOF,             2026-02-28, 2028-02-29",
                "W1/W2, HOUSEHOLD,  2023-01-10, 2023-03-01, INVOICE,       2026-03-01, EXPIRED,     2023-03-01, PURCHASE_PROOF,             2026-02-28, 2028-02-29",
                "W1/W2, HOUSEHOLD,  2023-01-10, 2023-03-01, WARRANTY_CARD, 2024-01-01, IN_WARRANTY, 2023-03-01, PURCHASE_PROOF,             2026-02-28, 2028-02-29",
                "W1/W2, HOUSEHOLD,  2023-01-10, 2023-03-01, OTHER,         2024-01-01, IN_WARRANTY, 2023-03-01, PURCHASE_PROOF,             2026-02-28, 2028-02-29",
                "W1/W2, COMMERCIAL, 2023-05-20, -,          NONE,          2026-11-26, EXPIRED,     2023-08-20, FACTORY_DATE_PLUS_3_MONTHS, 2024-08-19, 2026-08-19",
                "W2,    COMMERCIAL, 2023-05-20, 2023-06-01, NONE,          2024-08-19, IN_WARRANTY, 2023-08-20, FACTORY_DATE_PLUS_3_MONTHS, 2024-08-19, 2026-08-19",
                "W2,    COMMERCIAL, 2023-05-20, 2023-06-01, NONE,          2024-08-20, EXPIRED,     2023-08-20, FACTORY_DATE_PLUS_3_MONTHS, 2024-08-19, 2026-08-19",
                "W1/W2, INDUSTRIAL, 2024-01-31, 2024-01-31, INVOICE,       2025-01-30, IN_WARRANTY, 2024-01-31, PURCHASE_PROOF,             2025-01-30, 2027-01-30",
                "W2,    INDUSTRIAL, 2024-01-31, -,          INVOICE,       2024-06-01, IN_WARRANTY, 2024-04-30, FACTORY_DATE_PLUS_3_MONTHS, 2025-04-29, 2027-04-29",
                "W2,    HOUSEHOLD,  2026-11-01, -,          NONE,          2026-11-26, IN_WARRANTY, 2027-02-01, FACTORY_DATE_PLUS_3_MONTHS, 2030-01-31, 2032-01-31",
            })
    void startsAndEndsAsTheTermsTableSays(
            String rule,
            ProductUse use,
            String factory,
            String purchase,
            ProofOfPurchase proof,
            String date,
            WarrantyStatus status,
            String start,
            StartBasis basis,
            String wholeUntil,
            String compressorUntil) {
        WarrantyAssessment a = POLICY.assess(product(use, factory, purchase, proof), W1, day(date));
        assertEquals(status, a.status());
        assertEquals(day(start), a.start());
        assertEquals(basis, a.startBasis());
        assertEquals(
                List.of(
                        new Coverage(
                                Components.WHOLE_UNIT,
                                day(wholeUntil),
                                !day(date).isAfter(day(wholeUntil))),
                        new Coverage(
                                Components.COMPRESSOR,
                                day(compressorUntil),
                                !day(date).isAfter(day(compressorUntil)))),
                a.coverage());
    }

    @Test
    @DisplayName("W2: starts three months after the factory date without proof (API.md example)")
    void startsThreeMonthsAfterFactoryDateWithoutProof() {
        WarrantyAssessment a = POLICY.assess(
                new ProductFacts(
                        "SN2023000123",
                        "KFR-35GW",
                        null,
                        ProductUse.COMMERCIAL,
                        day("2023-05-20"),
                        null,
                        ProofOfPurchase.NONE,
                        SerialStatus.OK,
                        false,
                        Map.of()),
                W1,
                day("2026-11-26"));
        assertEquals("SN2023000123", a.serialNumber());
        assertEquals(day("2026-11-26"), a.date());
        assertEquals(WarrantyStatus.EXPIRED, a.status());
        assertEquals(day("2023-08-20"), a.start());
        assertEquals(StartBasis.FACTORY_DATE_PLUS_3_MONTHS, a.startBasis());
        assertEquals(
                List.of(
                        new Coverage(Components.WHOLE_UNIT, day("2024-08-19"), false),
                        new Coverage(Components.COMPRESSOR, day("2026-08-19"), false)),
                a.coverage());
        assertEquals("warranty.reason.expired", a.reasonKey());
        assertEquals(List.of("2024-08-19"), a.reasonArgs());
    }

    @Test
    @DisplayName("W2: the grace months without proof are a setting")
    void takesTheGraceMonthsFromTheSetting() {
        WarrantyAssessment a = new WarrantyPolicy(6)
                .assess(
                        product(ProductUse.COMMERCIAL, "2023-05-20", null, ProofOfPurchase.NONE),
                        W1,
                        day("2024-01-01"));
        assertEquals(day("2023-11-20"), a.start());
        assertThrows(IllegalArgumentException.class, () -> new WarrantyPolicy(-1));
    }

    @Test
    @DisplayName("W2: without proof the factory date is required")
    void refusesAProductWithoutProofAndWithoutFactoryDate() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> POLICY.assess(
                        product(ProductUse.HOUSEHOLD, null, "2025-01-01", ProofOfPurchase.NONE),
                        W1,
                        day("2026-01-01")));
        assertTrue(e.getMessage().contains("factory date"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> POLICY.assess(
                        product(ProductUse.HOUSEHOLD, null, null, ProofOfPurchase.INVOICE), W1, day("2026-01-01")));
    }

    @Test
    @DisplayName("W1/W2: in warranty, the reason names the basis and the whole unit's last day")
    void explainsAnInWarrantyAssessment() {
        WarrantyAssessment a = POLICY.assess(
                product(ProductUse.HOUSEHOLD, "2024-01-01", "2024-03-15", ProofOfPurchase.INVOICE),
                W1,
                day("2025-01-01"));
        assertEquals("warranty.reason.inWarranty", a.reasonKey());
        assertEquals(List.of("PURCHASE_PROOF", "2027-03-14"), a.reasonArgs());
        assertTrue(a.covers(Components.WHOLE_UNIT));
        assertTrue(a.covers(Components.COMPRESSOR));
        assertFalse(a.covers("MOTOR"));
    }

    @Test
    @DisplayName("W2: a date before the start counts as covered")
    void coversADateBeforeTheStart() {
        WarrantyAssessment a = POLICY.assess(
                product(ProductUse.HOUSEHOLD, "2026-10-01", null, ProofOfPurchase.NONE), W1, day("2026-10-15"));
        assertEquals(day("2027-01-01"), a.start());
        assertEquals(WarrantyStatus.IN_WARRANTY, a.status());
    }

    @Test
    @DisplayName("W1: the compressor is still covered after the whole unit expired")
    void coversTheCompressorAfterTheWholeUnitExpired() {
        WarrantyAssessment a = POLICY.assess(
                product(ProductUse.HOUSEHOLD, "2020-01-01", "2020-02-01", ProofOfPurchase.INVOICE),
                W1,
                day("2024-06-01"));
        assertEquals(WarrantyStatus.EXPIRED, a.status());
        assertFalse(a.covers(Components.WHOLE_UNIT));
        assertTrue(a.covers(Components.COMPRESSOR));
        assertEquals("warranty.reason.componentOnly", a.reasonKey());
        assertEquals(List.of("COMPRESSOR"), a.reasonArgs());
    }

    @Test
    @DisplayName("W1: componentOnly lists every component still covered, comma-separated")
    void listsEveryComponentStillCovered() {
        ProductFacts p = new ProductFacts(
                "SN1",
                "KFR-35GW",
                "AC",
                ProductUse.HOUSEHOLD,
                null,
                day("2020-02-01"),
                ProofOfPurchase.INVOICE,
                SerialStatus.OK,
                false,
                Map.of("MOTOR", 72));
        WarrantyAssessment a = POLICY.assess(p, W1, day("2024-06-01"));
        assertEquals(List.of("COMPRESSOR, MOTOR"), a.reasonArgs());
    }

    @ParameterizedTest(name = "W3: serial number {0} → VOID")
    @EnumSource(
            value = SerialStatus.class,
            names = {"MISSING", "ILLEGIBLE", "ALTERED"})
    void voidsTheWarrantyWhenTheSerialNumberIsNotIntact(SerialStatus serial) {
        WarrantyAssessment a = POLICY.assess(household(serial, false), W1, day("2026-06-01"));
        assertEquals(WarrantyStatus.VOID, a.status());
        assertEquals("warranty.reason.void.serial", a.reasonKey());
        assertEquals(List.of(serial.name()), a.reasonArgs());
        assertEquals(
                List.of(
                        new Coverage(Components.WHOLE_UNIT, day("2029-01-31"), false),
                        new Coverage(Components.COMPRESSOR, day("2031-01-31"), false)),
                a.coverage());
        assertFalse(a.covers(Components.WHOLE_UNIT));
        assertFalse(a.covers(Components.COMPRESSOR));
    }

    @Test
    @DisplayName("W3: an altered or non-matching purchase record voids the warranty")
    void voidsTheWarrantyWhenThePurchaseRecordWasAltered() {
        WarrantyAssessment a = POLICY.assess(household(SerialStatus.OK, true), W1, day("2026-06-01"));
        assertEquals(WarrantyStatus.VOID, a.status());
        assertEquals("warranty.reason.void.purchaseRecord", a.reasonKey());
        assertEquals(List.of(), a.reasonArgs());
        assertTrue(a.coverage().stream().noneMatch(Coverage::coveredOn));
        assertEquals(day("2029-01-31"), a.wholeUnitUntil());
    }

    @Test
    @DisplayName("W3: a bad serial number is reported before an altered purchase record")
    void reportsTheSerialNumberFirstWhenBothAreBad() {
        WarrantyAssessment a = POLICY.assess(household(SerialStatus.ALTERED, true), W1, day("2026-06-01"));
        assertEquals("warranty.reason.void.serial", a.reasonKey());
        assertEquals(List.of("ALTERED"), a.reasonArgs());
    }

    @Test
    @DisplayName("W3: an intact serial number and purchase record do not void")
    void doesNotVoidAnIntactProduct() {
        assertEquals(
                WarrantyStatus.IN_WARRANTY,
                POLICY.assess(household(SerialStatus.OK, false), W1, day("2026-06-01"))
                        .status());
    }
}
