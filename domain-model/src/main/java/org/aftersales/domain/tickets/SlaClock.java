package org.aftersales.domain.tickets;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * T4, T5: a ticket's deadlines and which of them are missed, computed from its events.
 *
 * <p>{@code arriveBy} = start + arrive (start is the registration, or the latest reopening); an
 * appointment the customer asked for that lies later moves it to the appointment (T4 "unless the
 * customer agreed otherwise"). {@code solutionBy} and {@code resolveBy} run from the arrival and
 * are {@code null} until it is recorded. A deadline is breached when its event came after it, or
 * has not come and {@code now} is past it — whether or not the late event has happened yet.
 */
public record SlaClock(Instant arriveBy, Instant solutionBy, Instant resolveBy, Set<SlaDeadline> breaches) {

    public SlaClock {
        breaches = breaches.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(breaches));
    }

    public static SlaClock compute(
            SlaTerms terms,
            Instant start,
            Instant appointment,
            Instant arrivedAt,
            Instant solutionAt,
            Instant resolvedAt,
            Instant now) {
        Instant arriveBy = start.plus(terms.arrive());
        if (appointment != null && appointment.isAfter(arriveBy)) {
            arriveBy = appointment;
        }
        Instant solutionBy = arrivedAt == null || terms.solution() == null ? null : arrivedAt.plus(terms.solution());
        Instant resolveBy = arrivedAt == null ? null : arrivedAt.plus(terms.resolve());
        EnumSet<SlaDeadline> breaches = EnumSet.noneOf(SlaDeadline.class);
        if (missed(arriveBy, arrivedAt, now)) {
            breaches.add(SlaDeadline.ARRIVAL);
        }
        // a solution recorded with the resolution counts as proposed then
        if (missed(solutionBy, solutionAt != null ? solutionAt : resolvedAt, now)) {
            breaches.add(SlaDeadline.SOLUTION);
        }
        if (missed(resolveBy, resolvedAt, now)) {
            breaches.add(SlaDeadline.RESOLUTION);
        }
        return new SlaClock(arriveBy, solutionBy, resolveBy, breaches);
    }

    private static boolean missed(Instant deadline, Instant happened, Instant now) {
        if (deadline == null) {
            return false;
        }
        return happened != null ? happened.isAfter(deadline) : now.isAfter(deadline);
    }

    /** The next deadline still running (its event not recorded), or null. */
    public Instant nextOpenDeadline(Instant arrivedAt, Instant solutionAt, Instant resolvedAt) {
        if (arrivedAt == null) {
            return arriveBy;
        }
        if (solutionBy != null && solutionAt == null && resolvedAt == null) {
            return solutionBy;
        }
        return resolvedAt == null ? resolveBy : null;
    }
}
