package org.aftersales.domain.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** W1–W3: the warranty table, row by row. */
class WarrantyPolicyTest {

    private static final WarrantyPolicy POLICY = WarrantyPolicy.defaults();
    private static final List<WarrantyTerm> W1 = WarrantyPolicy.w1Defaults();

    private static ProductFacts product(ProductUse use, String factory, String purchase, ProofOfPurchase proof) {
        return new ProductFacts("SN1", "KFR-35GW", "AC", use, factory == null ? null : LocalDate.parse(factory),
                purchase == null ? null : LocalDate.parse(purchase), proof, SerialStatus.OK, false, Map.of());
    }

    @ParameterizedTest(name = "W1/W2 {0} bought {2} with {3}, on {4}: {5} from {6} ({7}), whole unit until {8}")
    @CsvSource(nullValues = "-", value = {
        // use,       factory,     purchase,    proof,         date,        status,      start,       basis,                      whole unit until, compressor until
        "HOUSEHOLD,  2023-01-10, 2023-03-01, INVOICE,       2025-06-01, IN_WARRANTY, 2023-03-01, PURCHASE_PROOF,             2026-02-28, 2028-02-29",
        "HOUSEHOLD,  2023-01-10, 2023-03-01, INVOICE,       2026-02-28, IN_WARRANTY, 2023-03-01, PURCHASE_PROOF,             2026-02-28, 2028-02-29",
        "HOUSEHOLD,  2023-01-10, 2023-03-01, INVOICE,       2026-03-01, EXPIRED,     2023-03-01, PURCHASE_PROOF,             2026-02-28, 2028-02-29",
        "HOUSEHOLD,  2023-01-10, 2023-03-01, WARRANTY_CARD, 2024-01-01, IN_WARRANTY, 2023-03-01, PURCHASE_PROOF,             2026-02-28, 2028-02-29",
        "HOUSEHOLD,  2023-01-10, 2023-03-01, OTHER,         2024-01-01, IN_WARRANTY, 2023-03-01, PURCHASE_PROOF,             2026-02-28, 2028-02-29",
        "COMMERCIAL, 2023-05-20, -,          NONE,          2026-11-26, EXPIRED,     2023-08-20, FACTORY_DATE_PLUS_3_MONTHS, 2024-08-19, 2026-08-19",
        "COMMERCIAL, 2023-05-20, 2023-06-01, NONE,          2024-08-19, IN_WARRANTY, 2023-08-20, FACTORY_DATE_PLUS_3_MONTHS, 2024-08-19, 2026-08-19",
        "INDUSTRIAL, 2024-01-31, 2024-01-31, INVOICE,       2025-01-30, IN_WARRANTY, 2024-01-31, PURCHASE_PROOF,             2025-01-30, 2027-01-30",
        "INDUSTRIAL, 2024-01-31, -,          INVOICE,       2024-06-01, IN_WARRANTY, 2024-04-30, FACTORY_DATE_PLUS_3_MONTHS, 2025-04-29, 2027-04-29",
        "HOUSEHOLD,  2026-11-01, -,          NONE,          2026-11-26, IN_WARRANTY, 2027-02-01, FACTORY_DATE_PLUS_3_MONTHS, 2030-01-31, 2032-01-31",
    })
    void startsAndEndsByTheTable(ProductUse use, String factory, String purchase, ProofOfPurchase proof, String date,
            WarrantyStatus status, String start, StartBasis basis, String wholeUntil, String compressorUntil) {
        WarrantyAssessment a = POLICY.assess(product(use, factory, purchase, proof), W1, LocalDate.parse(date));
        assertEquals(status, a.status());
        assertEquals(LocalDate.parse(start), a.start());
        assertEquals(basis, a.startBasis());
        assertEquals(Components.WHOLE_UNIT, a.coverage().get(0).component());
        assertEquals(LocalDate.parse(wholeUntil), a.coverage().get(0).until());
        assertEquals(Components.COMPRESSOR, a.coverage().get(1).component());
        assertEquals(LocalDate.parse(compressorUntil), a.coverage().get(1).until());
    }

    @Test
    void startsThreeMonthsAfterFactoryDateWithoutProof() {
        WarrantyAssessment a = POLICY.assess(product(ProductUse.COMMERCIAL, "2023-05-20", null, ProofOfPurchase.NONE), W1,
                LocalDate.parse("2026-11-26"));
        assertEquals(LocalDate.parse("2023-08-20"), a.start());
        assertEquals(StartBasis.FACTORY_DATE_PLUS_3_MONTHS, a.startBasis());
    }

    @Test
    void theGraceMonthsAreASetting() {
        WarrantyAssessment a = new WarrantyPolicy(6).assess(product(ProductUse.COMMERCIAL, "2023-05-20", null,
                ProofOfPurchase.NONE), W1, LocalDate.parse("2024-01-01"));
        assertEquals(LocalDate.parse("2023-11-20"), a.start());
    }

    @Test
    void theCompressorIsCoveredAfterTheWholeUnitExpired() {
        WarrantyAssessment a = POLICY.assess(product(ProductUse.HOUSEHOLD, "2020-01-01", "2020-02-01", ProofOfPurchase.INVOICE),
                W1, LocalDate.parse("2024-06-01"));
        assertEquals(WarrantyStatus.EXPIRED, a.status());
        assertFalse(a.covers(Components.WHOLE_UNIT));
        assertTrue(a.covers(Components.COMPRESSOR));
        assertEquals("warranty.reason.componentOnly", a.reasonKey());
        assertEquals(List.of("COMPRESSOR"), a.reasonArgs());
    }

    @ParameterizedTest(name = "W3: serial {0} → VOID")
    @EnumSource(value = SerialStatus.class, names = {"MISSING", "ILLEGIBLE", "ALTERED"})
    void aSerialPlateThatIsNotIntactVoidsTheWarranty(SerialStatus serial) {
        ProductFacts p = new ProductFacts("SN1", "KFR-35GW", null, ProductUse.HOUSEHOLD, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-02-01"), ProofOfPurchase.INVOICE, serial, false, Map.of());
        WarrantyAssessment a = POLICY.assess(p, W1, LocalDate.parse("2026-06-01"));
        assertEquals(WarrantyStatus.VOID, a.status());
        assertEquals("warranty.reason.void.serial", a.reasonKey());
        assertFalse(a.covers(Components.WHOLE_UNIT));
        assertFalse(a.covers(Components.COMPRESSOR));
    }

    @Test
    void anAlteredPurchaseRecordVoidsTheWarranty() {
        ProductFacts p = new ProductFacts("SN1", "KFR-35GW", null, ProductUse.HOUSEHOLD, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-02-01"), ProofOfPurchase.WARRANTY_CARD, SerialStatus.OK, true, Map.of());
        WarrantyAssessment a = POLICY.assess(p, W1, LocalDate.parse("2026-06-01"));
        assertEquals(WarrantyStatus.VOID, a.status());
        assertEquals("warranty.reason.void.purchaseRecord", a.reasonKey());
    }

    @Test
    void aModelTermBeatsACategoryTermWhichBeatsTheDefault() {
        List<WarrantyTerm> terms = List.of(
                new WarrantyTerm(null, null, ProductUse.HOUSEHOLD, Components.WHOLE_UNIT, 36),
                new WarrantyTerm("AC", null, ProductUse.HOUSEHOLD, Components.WHOLE_UNIT, 48),
                new WarrantyTerm(null, "KFR-35GW", null, Components.WHOLE_UNIT, 72),
                new WarrantyTerm("AC", null, null, Components.COMPRESSOR, 66),
                new WarrantyTerm(null, null, ProductUse.HOUSEHOLD, Components.COMPRESSOR, 60));
        ProductFacts model = product(ProductUse.HOUSEHOLD, "2024-01-01", "2024-01-01", ProofOfPurchase.INVOICE);
        WarrantyAssessment a = POLICY.assess(model, terms, LocalDate.parse("2024-01-01"));
        assertEquals(LocalDate.parse("2029-12-31"), a.coverage().get(0).until(), "72 months by model");
        assertEquals(LocalDate.parse("2029-06-30"), a.coverage().get(1).until(), "66 months by category");
        ProductFacts other = new ProductFacts("SN2", "KFR-26GW", "AC", ProductUse.HOUSEHOLD, LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-01-01"), ProofOfPurchase.INVOICE, SerialStatus.OK, false, Map.of());
        assertEquals(LocalDate.parse("2027-12-31"), POLICY.assess(other, terms, LocalDate.parse("2024-01-01"))
                .coverage().get(0).until(), "48 months by category");
    }

    @Test
    void aWrittenCommitmentWinsOverTheTable() {
        ProductFacts p = new ProductFacts("SN1", "KFR-35GW", null, ProductUse.COMMERCIAL, LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-01-01"), ProofOfPurchase.INVOICE, SerialStatus.OK, false,
                Map.of(Components.WHOLE_UNIT, 24, "MOTOR", 48));
        WarrantyAssessment a = POLICY.assess(p, W1, LocalDate.parse("2025-06-01"));
        assertEquals(WarrantyStatus.IN_WARRANTY, a.status(), "24 months committed instead of 12");
        assertEquals(List.of("WHOLE_UNIT", "COMPRESSOR", "MOTOR"), a.coverage().stream().map(Coverage::component).toList());
    }

    @Test
    void withoutProofTheFactoryDateIsNeeded() {
        assertThrows(IllegalArgumentException.class, () -> POLICY.assess(product(ProductUse.HOUSEHOLD, null, null,
                ProofOfPurchase.NONE), W1, LocalDate.parse("2026-01-01")));
    }

    @Test
    void aTableWithoutAWholeUnitTermForTheProductIsRefused() {
        List<WarrantyTerm> onlyHousehold = List.of(new WarrantyTerm(null, null, ProductUse.HOUSEHOLD, Components.WHOLE_UNIT, 36));
        assertThrows(IllegalArgumentException.class, () -> POLICY.assess(product(ProductUse.INDUSTRIAL, "2024-01-01",
                "2024-01-01", ProofOfPurchase.INVOICE), onlyHousehold, LocalDate.parse("2024-06-01")));
    }

    @Test
    void termsNeedAComponentAndPositiveMonths() {
        assertThrows(IllegalArgumentException.class, () -> new WarrantyTerm(null, null, null, " ", 12));
        assertThrows(IllegalArgumentException.class, () -> new WarrantyTerm(null, null, null, "WHOLE_UNIT", 0));
    }
}
