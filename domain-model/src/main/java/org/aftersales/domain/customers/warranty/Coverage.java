package org.aftersales.domain.customers.warranty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * W1: one component's warranty. {@code until} is the last day covered (start + term − 1 day);
 * {@code coveredOn} says whether the assessed date is covered (always false when the warranty is
 * void by W3).
 */
public record Coverage(String component, LocalDate until, boolean coveredOn) {

    public Coverage {
        Objects.requireNonNull(component, "The component is required.");
        Objects.requireNonNull(until, "The last day covered is required.");
    }
}
