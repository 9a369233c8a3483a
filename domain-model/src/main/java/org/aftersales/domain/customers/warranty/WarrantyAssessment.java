package org.aftersales.domain.customers.warranty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The warranty of one product on one date (W1–W3), with the reason as a message-bundle key and its
 * arguments. Invariant: the coverage lists the whole unit first, then the other components
 * alphabetically.
 */
public record WarrantyAssessment(
        String serialNumber,
        LocalDate date,
        WarrantyStatus status,
        LocalDate start,
        StartBasis startBasis,
        List<Coverage> coverage,
        String reasonKey,
        List<String> reasonArgs) {

    public WarrantyAssessment {
        Objects.requireNonNull(serialNumber, "The serial number is required.");
        Objects.requireNonNull(date, "The assessed date is required.");
        Objects.requireNonNull(status, "The warranty status is required.");
        Objects.requireNonNull(start, "The warranty start is required.");
        Objects.requireNonNull(startBasis, "The start basis is required.");
        Objects.requireNonNull(coverage, "The coverage is required.");
        Objects.requireNonNull(reasonKey, "The reason is required.");
        coverage = List.copyOf(coverage);
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
        if (coverage.isEmpty() || !coverage.get(0).component().equals(Components.WHOLE_UNIT)) {
            throw new IllegalArgumentException("The coverage must list the whole unit first (W1).");
        }
    }

    /** True when the component is covered on the date and the warranty is not void (W3). */
    public boolean covers(String component) {
        return status != WarrantyStatus.VOID
                && coverage.stream().anyMatch(c -> c.component().equals(component) && c.coveredOn());
    }

    /** The last day the whole unit is covered (W1). */
    public LocalDate wholeUnitUntil() {
        return coverage.get(0).until();
    }
}
