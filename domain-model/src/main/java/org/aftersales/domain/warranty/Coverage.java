package org.aftersales.domain.warranty;

import java.time.LocalDate;

/** W1: a component's warranty: the last day covered (start + term − 1 day), and whether the assessed date is covered. */
public record Coverage(String component, LocalDate until, boolean coveredOn) {
}
