package org.aftersales.domain.warranty;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * C5 with W3–W5: FREE, PAID or NEGOTIATED for a request, first matching row wins:
 * <pre>
 *  1  a W4 exclusion is recorded for the claim       PAID        entitlement.reason.exclusion
 *  2  W5 remote site                                  NEGOTIATED  entitlement.reason.remoteSite
 *  3  a service contract in force covers the product  its terms   entitlement.reason.contract
 *     (C5: a contract overrides an expired or void warranty)
 *  4  in warranty                                     FREE        entitlement.reason.warranty
 *  5  void (W3)                                       PAID        entitlement.reason.void
 *  6  expired                                         PAID        entitlement.reason.expired
 * </pre>
 */
public final class EntitlementRule {

    private EntitlementRule() {
    }

    public static EntitlementDecision decide(WarrantyAssessment warranty, Optional<ContractCover> contract,
            Set<String> exclusions, boolean remoteSite) {
        if (exclusions != null && !exclusions.isEmpty()) { // W4
            return new EntitlementDecision(Entitlement.PAID, "entitlement.reason.exclusion",
                    List.of(String.join(", ", new TreeSet<>(exclusions))));
        }
        if (remoteSite) { // W5
            return new EntitlementDecision(Entitlement.NEGOTIATED, "entitlement.reason.remoteSite", List.of());
        }
        if (contract.isPresent()) { // C5
            return new EntitlementDecision(contract.get().entitlement(), "entitlement.reason.contract",
                    List.of(contract.get().contractNumber()));
        }
        return switch (warranty.status()) {
            case IN_WARRANTY -> new EntitlementDecision(Entitlement.FREE, "entitlement.reason.warranty",
                    List.of(String.valueOf(warranty.wholeUnitUntil())));
            case VOID -> new EntitlementDecision(Entitlement.PAID, "entitlement.reason.void", List.of());
            case EXPIRED -> new EntitlementDecision(Entitlement.PAID, "entitlement.reason.expired", List.of());
        };
    }
}
