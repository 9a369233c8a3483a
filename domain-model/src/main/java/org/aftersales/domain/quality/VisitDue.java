package org.aftersales.domain.quality;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Q4: when a return visit is due. A new customer is called {@code fromDays}–{@code untilDays} days
 * after delivery (settings {@code quality.visit-from-days} 5, {@code quality.visit-until-days} 7);
 * after a closed ticket {@code afterDays} days later ({@code quality.visit-after-close-days}), within
 * {@code windowDays} more ({@code quality.visit-window-days}). A visit nobody answered is due again
 * the next day; it is on the list of a day from its first due day on, also when that window has
 * passed (late is still owed).
 */
public record VisitDue(LocalDate from, LocalDate until) {

    public VisitDue {
        Objects.requireNonNull(from, "The first due day is required.");
        Objects.requireNonNull(until, "The last due day is required.");
        if (until.isBefore(from)) {
            until = from;
        }
    }

    /** Q4: 5–7 days after delivery. */
    public static VisitDue afterDelivery(LocalDate delivered, int fromDays, int untilDays) {
        Objects.requireNonNull(delivered, "The delivery date is required.");
        int from = Math.max(0, fromDays);
        return new VisitDue(delivered.plusDays(from), delivered.plusDays(Math.max(from, untilDays)));
    }

    /** Q4: some days after the ticket was closed. */
    public static VisitDue afterClose(LocalDate closed, int afterDays, int windowDays) {
        Objects.requireNonNull(closed, "The closing date is required.");
        LocalDate from = closed.plusDays(Math.max(0, afterDays));
        return new VisitDue(from, from.plusDays(Math.max(0, windowDays)));
    }

    /** Q4: nobody answered on {@code today}: due again the next day, the window kept if it is later. */
    public VisitDue retryAfter(LocalDate today) {
        LocalDate next = today.plusDays(1);
        LocalDate start = from.isAfter(next) ? from : next;
        return new VisitDue(start, until.isBefore(start) ? start : until);
    }

    /** On the call list of {@code day}: from the first due day on. */
    public boolean dueOn(LocalDate day) {
        return !day.isBefore(from);
    }
}
