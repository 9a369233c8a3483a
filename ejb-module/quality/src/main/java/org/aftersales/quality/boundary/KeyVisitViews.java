package org.aftersales.quality.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.domain.quality.KeyCustomerVisit;

/** Q7: what the key-customer visit plan takes and gives; never entities. */
public final class KeyVisitViews {

    private KeyVisitViews() {}

    /** Q7: a visit added to a year's plan. */
    public record PlannedVisit(
            @NotNull @Min(1) Long customerId,
            @NotNull LocalDate plannedOn,
            @Size(max = 500) String purpose) implements Serializable {}

    /** Q7: a visit of the plan as the screen shows it; the overdue flags as of {@code today}. */
    public record KeyVisitView(
            long id,
            long customerId,
            int planYear,
            LocalDate plannedOn,
            String purpose,
            LocalDate visitedOn,
            String visitedBy,
            LocalDate reportDue,
            String report,
            Instant reportedAt,
            String reportedBy,
            boolean visitOverdue,
            boolean reportOverdue)
            implements Serializable {

        public static KeyVisitView of(KeyCustomerVisit v, LocalDate today) {
            return new KeyVisitView(
                    v.getId(),
                    v.getCustomerId(),
                    v.getPlanYear(),
                    v.getPlannedOn(),
                    v.getPurpose(),
                    v.getVisitedOn(),
                    v.getVisitedBy(),
                    v.getReportDue(),
                    v.getReport(),
                    v.getReportedAt(),
                    v.getReportedBy(),
                    v.visitOverdue(today),
                    v.reportOverdue(today));
        }
    }
}
