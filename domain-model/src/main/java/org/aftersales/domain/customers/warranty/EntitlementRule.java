package org.aftersales.domain.customers.warranty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * C5 with W3–W5: who pays for a request, from the product's warranty, an active service contract,
 * the W4 exclusions recorded for the claim and whether the site is remote (W5). The first matching
 * row wins:
 * <pre>
 *  row  when                                              entitlement          reason key (args)
 *  1    W4: any exclusion recorded for the claim          PAID                 entitlement.reason.exclusion (exclusions, sorted, ", ")
 *  2    W5: remote site                                   NEGOTIATED           entitlement.reason.remoteSite
 *  3    C5: an active contract covers the product         the contract's terms entitlement.reason.contract (contract number)
 *       (it overrides the warranty, also an expired or void one)
 *  4    W1/W2: in warranty                                FREE                 entitlement.reason.warranty (whole unit until)
 *  5    W3: warranty void                                 PAID                 entitlement.reason.void
 *  6    W4: warranty expired                              PAID                 entitlement.reason.expired
 * </pre>
 */
public final class EntitlementRule {

    private EntitlementRule() {}

    /**
     * @param exclusions W4 reasons recorded for this claim, as {@link Exclusion} names (empty when none)
     * @param remoteSite W5: the site is far outside the normal service area
     * @throws IllegalArgumentException when an exclusion is not an {@link Exclusion} name
     */
    public static EntitlementDecision decide(
            WarrantyAssessment warranty, Optional<ContractCover> contract, Set<String> exclusions, boolean remoteSite) {
        Objects.requireNonNull(warranty, "The warranty assessment is required.");
        Objects.requireNonNull(contract, "The contract cover is required (empty when there is none).");
        Objects.requireNonNull(exclusions, "The exclusions are required (empty when there are none).");
        TreeSet<String> sorted = new TreeSet<>();
        for (String exclusion : exclusions) {
            sorted.add(Exclusion.valueOf(Objects.requireNonNull(exclusion, "An exclusion is required."))
                    .name());
        }
        if (!sorted.isEmpty()) { // row 1, W4: an exclusion makes the service paid, even in warranty or contract
            return new EntitlementDecision(
                    Entitlement.PAID, "entitlement.reason.exclusion", List.of(String.join(", ", sorted)));
        }
        if (remoteSite) { // row 2, W5: paid or negotiated, even within warranty
            return new EntitlementDecision(Entitlement.NEGOTIATED, "entitlement.reason.remoteSite", List.of());
        }
        if (contract.isPresent()) { // row 3, C5: the contract's fee terms, whatever the warranty says
            ContractCover cover = contract.get();
            return new EntitlementDecision(
                    cover.entitlement(), "entitlement.reason.contract", List.of(cover.contractNumber()));
        }
        return switch (warranty.status()) {
            case IN_WARRANTY ->
                new EntitlementDecision(
                        Entitlement.FREE,
                        "entitlement.reason.warranty",
                        List.of(warranty.wholeUnitUntil().toString())); // row 4, B3: in warranty and not excluded
            case VOID -> new EntitlementDecision(Entitlement.PAID, "entitlement.reason.void", List.of()); // row 5, W3
            case EXPIRED -> new EntitlementDecision(Entitlement.PAID, "entitlement.reason.expired", List.of()); // row 6
        };
    }
}
