package org.aftersales.domain.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C5 with W3–W5: every row of the entitlement precedence table. */
class EntitlementRuleTest {

    private static WarrantyAssessment warranty(WarrantyStatus status) {
        LocalDate until = LocalDate.parse("2027-01-31");
        return new WarrantyAssessment("SN1", LocalDate.parse("2026-11-26"), status, LocalDate.parse("2024-02-01"),
                StartBasis.PURCHASE_PROOF, List.of(new Coverage(Components.WHOLE_UNIT, until, status == WarrantyStatus.IN_WARRANTY)),
                "x", List.of());
    }

    @ParameterizedTest(name = "{0}, contract {1}, exclusions [{2}], remote {3} → {4} ({5})")
    @CsvSource(nullValues = "-", value = {
        // warranty,    contract gives, exclusions,          remote, entitlement, reason
        "IN_WARRANTY,  -,          MISUSE,                 false, PAID,       entitlement.reason.exclusion",
        "IN_WARRANTY,  FREE,       UNAUTHORISED_REPAIR,    false, PAID,       entitlement.reason.exclusion",
        "IN_WARRANTY,  -,          -,                      true,  NEGOTIATED, entitlement.reason.remoteSite",
        "IN_WARRANTY,  FREE,       -,                      true,  NEGOTIATED, entitlement.reason.remoteSite",
        "EXPIRED,      FREE,       -,                      false, FREE,       entitlement.reason.contract",
        "VOID,         FREE,       -,                      false, FREE,       entitlement.reason.contract",
        "IN_WARRANTY,  NEGOTIATED, -,                      false, NEGOTIATED, entitlement.reason.contract",
        "EXPIRED,      PAID,       -,                      false, PAID,       entitlement.reason.contract",
        "IN_WARRANTY,  -,          -,                      false, FREE,       entitlement.reason.warranty",
        "VOID,         -,          -,                      false, PAID,       entitlement.reason.void",
        "EXPIRED,      -,          -,                      false, PAID,       entitlement.reason.expired",
    })
    void theFirstMatchingRowDecides(WarrantyStatus status, Entitlement contract, String exclusion, boolean remote,
            Entitlement expected, String reason) {
        EntitlementDecision d = EntitlementRule.decide(warranty(status),
                contract == null ? Optional.empty() : Optional.of(new ContractCover("HT-1", contract)),
                exclusion == null ? Set.of() : Set.of(exclusion), remote);
        assertEquals(expected, d.entitlement());
        assertEquals(reason, d.reasonKey());
    }

    @org.junit.jupiter.api.Test
    void theExclusionsAreListedSortedAndTheContractByNumber() {
        assertEquals(List.of("MISUSE, NEGLIGENCE"), EntitlementRule.decide(warranty(WarrantyStatus.IN_WARRANTY),
                Optional.empty(), Set.of("NEGLIGENCE", "MISUSE"), false).reasonArgs());
        assertEquals(List.of("HT-9"), EntitlementRule.decide(warranty(WarrantyStatus.EXPIRED),
                Optional.of(new ContractCover("HT-9", Entitlement.FREE)), Set.of(), false).reasonArgs());
        assertEquals(List.of("2027-01-31"), EntitlementRule.decide(warranty(WarrantyStatus.IN_WARRANTY),
                Optional.empty(), Set.of(), false).reasonArgs());
    }
}
