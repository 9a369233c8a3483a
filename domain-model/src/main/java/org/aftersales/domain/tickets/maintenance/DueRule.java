package org.aftersales.domain.tickets.maintenance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * M1: when preventive maintenance is due — by operating hours or by the calendar, whichever comes
 * first. Counted from the baseline (the last time it was done, or the plan's start):
 * <ul>
 * <li>by the calendar: the next due date is the baseline date plus the interval's months (a month
 * end stays in its month: 31 January + 1 month is 28/29 February); the plan is due once that date
 * has come;</li>
 * <li>by the hours: the plan is due once a reading, taken on or after the baseline date and on or
 * before the day asked about, shows at least the baseline hours plus the interval's hours; it became
 * due on the earliest such reading's date, so later readings do not move it.</li>
 * </ul>
 * The due date is the earlier of the two; on the same day the calendar is named as the reason.
 * Pure: no clock, no database.
 */
public final class DueRule {

    private DueRule() {}

    public static DueState evaluate(
            LocalDate baselineDate,
            long baselineHours,
            MaintenanceInterval interval,
            List<HoursReading> readings,
            LocalDate asOf) {
        Objects.requireNonNull(baselineDate, "The baseline date is required.");
        Objects.requireNonNull(interval, "The interval is required.");
        Objects.requireNonNull(asOf, "The date asked about is required.");
        List<HoursReading> known = readings == null
                ? List.of()
                : readings.stream().filter(r -> !r.readOn().isAfter(asOf)).toList();
        Long latestHours = known.stream()
                .map(HoursReading::hours)
                .max(Comparator.naturalOrder())
                .orElse(null);

        LocalDate nextDueDate = interval.months() == null ? null : baselineDate.plusMonths(interval.months()); // M1
        Long nextDueHours = interval.hours() == null ? null : baselineHours + interval.hours(); // M1
        LocalDate hoursReachedOn = nextDueHours == null
                ? null
                : known.stream()
                        .filter(r -> !r.readOn().isBefore(baselineDate) && r.hours() >= nextDueHours)
                        .map(HoursReading::readOn)
                        .min(Comparator.naturalOrder())
                        .orElse(null);

        boolean calendarDue = nextDueDate != null && !nextDueDate.isAfter(asOf);
        DueReason reason = null;
        LocalDate dueDate = null;
        if (calendarDue && (hoursReachedOn == null || !hoursReachedOn.isBefore(nextDueDate))) {
            reason = DueReason.CALENDAR;
            dueDate = nextDueDate;
        } else if (hoursReachedOn != null) {
            reason = DueReason.HOURS;
            dueDate = hoursReachedOn;
        }
        return new DueState(nextDueDate, nextDueHours, latestHours, reason, dueDate);
    }

    /**
     * What the rule found. {@code nextDueDate}/{@code nextDueHours} are the calendar and hours
     * thresholds (null when the interval has no such part); {@code dueDate} and {@code reason} are
     * set when the plan is due on the day asked about.
     */
    public record DueState(
            LocalDate nextDueDate, Long nextDueHours, Long latestHours, DueReason reason, LocalDate dueDate) {

        public boolean isDue() {
            return dueDate != null;
        }
    }
}
