package org.aftersales.domain.customers.warranty;

import java.util.List;
import java.util.Objects;

/** Who pays, and why (a bundle key with its arguments). */
public record EntitlementDecision(Entitlement entitlement, String reasonKey, List<String> reasonArgs) {

    public EntitlementDecision {
        Objects.requireNonNull(entitlement, "The entitlement is required.");
        Objects.requireNonNull(reasonKey, "The reason is required.");
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }
}
