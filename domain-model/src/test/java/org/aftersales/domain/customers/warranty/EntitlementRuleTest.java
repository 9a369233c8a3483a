package org.aftersales.domain.customers.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** C5 with W3–W5: every row of the entitlement precedence table of {@link EntitlementRule}. */
class EntitlementRuleTest {

    private static final LocalDate WHOLE_UNIT_UNTIL = LocalDate.parse("2027-01-31");

    private static WarrantyAssessment warranty(WarrantyStatus status) {
        return new WarrantyAssessment(
                "SN1",
                LocalDate.parse("2026-11-26"),
                status,
                LocalDate.parse("2024-02-01"),
                StartBasis.PURCHASE_PROOF,
                List.of(new Coverage(Components.WHOLE_UNIT, WHOLE_UNIT_UNTIL, status == WarrantyStatus.IN_WARRANTY)),
                "warranty.reason.test",
                List.of());
    }

    private static Optional<ContractCover> contract(Entitlement gives) {
        return gives == null ? Optional.empty() : Optional.of(new ContractCover("HT-2026-07", gives));
    }

    private static Set<String> exclusions(String spaceSeparated) {
        return spaceSeparated == null ? Set.of() : Set.of(spaceSeparated.split(" "));
    }

    @ParameterizedTest(name = "row {0}: {1}, contract {2}, exclusions [{3}], remote {4} → {5} ({6}{7})")
    @CsvSource(
            nullValues = "-",
            value = {
                // row,      warranty,   contract,   exclusions,                  remote, entitlement, reason,
                //              args
                "1 W4,      IN_WARRANTY, -,          MISUSE,                      false, PAID,       entitlement.reason.exclusion,  MISUSE",
                "1 W4,      IN_WARRANTY, FREE,       UNAUTHORISED_REPAIR,         false, PAID,       entitlement.reason.exclusion,  UNAUTHORISED_REPAIR",
                "1 W4,      IN_WARRANTY, FREE,       NEGLIGENCE MISUSE CASING_WEAR, true, PAID,      entitlement.reason.exclusion,  'CASING_WEAR, MISUSE, NEGLIGENCE'",
                "1 W4,      VOID,        -,          FORCE_MAJEURE,               false, PAID,       entitlement.reason.exclusion,  FORCE_MAJEURE",
                "2 W5,      IN_WARRANTY, -,          -,                           true,  NEGOTIATED, entitlement.reason.remoteSite, -",
                "2 W5,      IN_WARRANTY, FREE,       -,                           true,  NEGOTIATED, entitlement.reason.remoteSite, -",
                "2 W5,      EXPIRED,     -,          -,                           true,  NEGOTIATED, entitlement.reason.remoteSite, -",
                "3 C5,      EXPIRED,     FREE,       -,                           false, FREE,       entitlement.reason.contract,   HT-2026-07",
                "3 C5,      VOID,        FREE,       -,                           false, FREE,       entitlement.reason.contract,   HT-2026-07",
                "3 C5,      IN_WARRANTY, NEGOTIATED, -,                           false, NEGOTIATED, entitlement.reason.contract,   HT-2026-07",
                "3 C5,      IN_WARRANTY, PAID,       -,                           false, PAID,       entitlement.reason.contract,   HT-2026-07",
                "3 C5,      EXPIRED,     PAID,       -,                           false, PAID,       entitlement.reason.contract,   HT-2026-07",
                "4 W1/W2,   IN_WARRANTY, -,          -,                           false, FREE,       entitlement.reason.warranty,   2027-01-31",
                "5 W3,      VOID,        -,          -,                           false, PAID,       entitlement.reason.void,       -",
                "6 W4,      EXPIRED,     -,          -,                           false, PAID,       entitlement.reason.expired,    -",
            })
    void decidesByTheFirstMatchingRow(
            String row,
            WarrantyStatus status,
            Entitlement contract,
            String exclusions,
            boolean remote,
            Entitlement expected,
            String reasonKey,
            String reasonArg) {
        EntitlementDecision d =
                EntitlementRule.decide(warranty(status), contract(contract), exclusions(exclusions), remote);
        assertEquals(
                new EntitlementDecision(expected, reasonKey, reasonArg == null ? List.of() : List.of(reasonArg)), d);
    }

    @ParameterizedTest(name = "W4: {0} makes an in-warranty repair paid")
    @EnumSource(Exclusion.class)
    void makesEveryExclusionPaidEvenInWarranty(Exclusion exclusion) {
        EntitlementDecision d = EntitlementRule.decide(
                warranty(WarrantyStatus.IN_WARRANTY), Optional.empty(), Set.of(exclusion.name()), false);
        assertEquals(
                new EntitlementDecision(Entitlement.PAID, "entitlement.reason.exclusion", List.of(exclusion.name())),
                d);
    }

    @Test
    @DisplayName("W4: an exclusion that is not an Exclusion name is refused")
    void refusesAnUnknownExclusion() {
        assertThrows(
                IllegalArgumentException.class,
                () -> EntitlementRule.decide(
                        warranty(WarrantyStatus.IN_WARRANTY), Optional.empty(), Set.of("BAD_LUCK"), false));
    }

    @Test
    @DisplayName("C5: the arguments are required; none means empty")
    void requiresItsArguments() {
        WarrantyAssessment inWarranty = warranty(WarrantyStatus.IN_WARRANTY);
        assertThrows(NullPointerException.class, () -> EntitlementRule.decide(null, Optional.empty(), Set.of(), false));
        assertThrows(NullPointerException.class, () -> EntitlementRule.decide(inWarranty, null, Set.of(), false));
        assertThrows(
                NullPointerException.class, () -> EntitlementRule.decide(inWarranty, Optional.empty(), null, false));
        assertThrows(NullPointerException.class, () -> new ContractCover(null, Entitlement.FREE));
        assertThrows(NullPointerException.class, () -> new ContractCover("HT-1", null));
        assertThrows(IllegalArgumentException.class, () -> new ContractCover(" ", Entitlement.FREE));
    }

    @Test
    @DisplayName("W4: the exclusion codes are the eight of DOMAIN.md")
    void namesTheEightExclusionsOfW4() {
        assertEquals(
                List.of(
                        "MISUSE",
                        "NEGLIGENCE",
                        "IMPROPER_MAINTENANCE",
                        "CASING_WEAR",
                        "SITE_CONDITIONS",
                        "FORCE_MAJEURE",
                        "ABNORMAL_SUPPLY",
                        "UNAUTHORISED_REPAIR"),
                Arrays.stream(Exclusion.values()).map(Enum::name).toList());
    }
}
