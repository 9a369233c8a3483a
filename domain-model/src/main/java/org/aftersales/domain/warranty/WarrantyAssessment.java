package org.aftersales.domain.warranty;

import java.time.LocalDate;
import java.util.List;

/** The warranty of one product on one date (W1–W3), with the reason as a bundle key and its arguments. */
public record WarrantyAssessment(String serialNumber, LocalDate date, WarrantyStatus status, LocalDate start,
        StartBasis startBasis, List<Coverage> coverage, String reasonKey, List<String> reasonArgs) {

    public WarrantyAssessment {
        coverage = List.copyOf(coverage);
        reasonArgs = List.copyOf(reasonArgs);
    }

    /** True when the component is covered on the date and the warranty is not void. */
    public boolean covers(String component) {
        return status != WarrantyStatus.VOID
                && coverage.stream().anyMatch(c -> c.component().equals(component) && c.coveredOn());
    }

    public LocalDate wholeUnitUntil() {
        return coverage.stream().filter(c -> c.component().equals(Components.WHOLE_UNIT)).findFirst()
                .map(Coverage::until).orElse(null);
    }
}
