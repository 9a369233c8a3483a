package org.aftersales.domain.tickets.maintenance;

import java.time.LocalDate;
import java.util.Objects;

/** C3, M1: a reading of the operating-hours counter as the due rule needs it. */
public record HoursReading(LocalDate readOn, long hours) {

    public HoursReading {
        Objects.requireNonNull(readOn, "The date of the reading is required.");
    }
}
