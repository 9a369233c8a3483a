package org.aftersales.domain.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * B7: the times a daily report (经济核算日报) adds up between, in the department's time zone: the day
 * [{@code dayStart}, {@code dayEnd}) and the month to date [{@code monthStart}, {@code dayEnd}) — from
 * the first of the day's month up to and including the day. Yesterday's stock is the stock at
 * {@code dayStart}, today's at {@code dayEnd}.
 */
public record ReportPeriod(LocalDate day, Instant monthStart, Instant dayStart, Instant dayEnd) {

    public ReportPeriod {
        Objects.requireNonNull(day);
        if (monthStart.isAfter(dayStart) || !dayStart.isBefore(dayEnd)) {
            throw new IllegalArgumentException("month start ≤ day start < day end: " + day);
        }
    }

    public static ReportPeriod of(LocalDate day, ZoneId zone) {
        return new ReportPeriod(
                day,
                day.withDayOfMonth(1).atStartOfDay(zone).toInstant(),
                day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
