package org.aftersales.domain.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.aftersales.domain.tickets.ServiceKind;

/**
 * Q8: the definitions of the after-sales KPIs, as pure functions (written down in the README,
 * tested on crafted histories in {@code KpiRulesTest}).
 *
 * <ul>
 *   <li><b>SLA met</b> (arrival, solution, resolution; T4, T5): of the closed tickets that had the
 *       deadline, the share whose event came at or before it; a deadline never reached counts as missed.
 *   <li><b>Repeat failure</b>: a closed repair ticket (on-site or carry-in) followed by another repair
 *       ticket of the same serial registered after its close and at most {@code days} (setting
 *       {@code quality.repeat-failure-days}, 30) later. Rate: over closed repair tickets.
 *   <li><b>First-time fix</b>: a closed ticket that was never reopened and is no repeat failure. Rate:
 *       over closed tickets.
 *   <li><b>MTTR</b>: the mean hours from the call (or the reopening) to the resolution.
 *   <li><b>Satisfaction</b>: the mean 1–10 score of the answered surveys of the tickets closed in
 *       the period; its trend is that mean month by month.
 *   <li><b>Complaints per 1 000 products</b>: complaints of the period of a model × 1000 / products of that
 *       model in the customer archive.
 * </ul>
 *
 * Tickets count in the period (and on the day) they were closed.
 */
public final class KpiRules {

    /** The kinds of service that repair a fault (T2): those a repeat failure is counted for. */
    public static final Set<ServiceKind> REPAIRS = EnumSet.of(ServiceKind.ONSITE_REPAIR, ServiceKind.CARRY_IN_REPAIR);

    private KpiRules() {}

    public static boolean isRepair(ServiceKind kind) {
        return kind != null && REPAIRS.contains(kind);
    }

    /** T4, T5: null when there was no such deadline (not counted), else whether it was met. */
    public static Boolean slaMet(Instant deadline, Instant done) {
        if (deadline == null) {
            return null;
        }
        return done != null && !done.isAfter(deadline);
    }

    /** A later call for the same serial makes a repeat failure when it came after the close, within the window. */
    public static boolean followsWithin(Instant closedAt, Instant laterRegisteredAt, int days) {
        return closedAt != null
                && laterRegisteredAt != null
                && laterRegisteredAt.isAfter(closedAt)
                && !laterRegisteredAt.isAfter(closedAt.plus(Duration.ofDays(Math.max(0, days))));
    }

    public static boolean firstTimeFix(int reopenings, boolean repeatFailure) {
        return reopenings == 0 && !repeatFailure;
    }

    /** Minutes from the cycle's start to the resolution; null without a resolution. */
    public static Long repairMinutes(Instant start, Instant resolved) {
        if (start == null || resolved == null || resolved.isBefore(start)) {
            return null;
        }
        return Duration.between(start, resolved).toMinutes();
    }

    /** What one ticket adds to the counters; nothing while it is not closed. */
    public static KpiCounters contribution(TicketHistory t, boolean repeatFailure) {
        if (t.closedAt() == null) {
            return KpiCounters.ZERO;
        }
        boolean repair = isRepair(t.kind());
        boolean repeat = repair && repeatFailure;
        Boolean arrival = slaMet(t.arriveBy(), t.arrivedAt());
        Boolean solution = slaMet(t.solutionBy(), t.solutionAt());
        Boolean resolution = slaMet(t.resolveBy(), t.resolvedAt());
        Long minutes = repairMinutes(t.cycleStart(), t.resolvedAt());
        boolean evaluated = t.quality() != null && t.attitude() != null;
        return new KpiCounters(
                1,
                firstTimeFix(t.reopenings(), repeat) ? 1 : 0,
                repair ? 1 : 0,
                repeat ? 1 : 0,
                arrival == null ? 0 : 1,
                Boolean.TRUE.equals(arrival) ? 1 : 0,
                solution == null ? 0 : 1,
                Boolean.TRUE.equals(solution) ? 1 : 0,
                resolution == null ? 0 : 1,
                Boolean.TRUE.equals(resolution) ? 1 : 0,
                minutes == null ? 0 : 1,
                minutes == null ? 0 : minutes,
                t.score() == null ? 0 : 1,
                t.score() == null ? 0 : t.score(),
                evaluated ? 1 : 0,
                evaluated ? t.quality() : 0,
                evaluated ? t.attitude() : 0,
                0);
    }

    /** Whether another repair ticket of the same serial followed {@code t} within the window. */
    public static boolean repeatFailure(TicketHistory t, List<TicketHistory> all, int days) {
        if (!isRepair(t.kind()) || t.serialNumber() == null) {
            return false;
        }
        return all.stream()
                .filter(o -> o != t && !o.number().equals(t.number()))
                .filter(o -> isRepair(o.kind()) && t.serialNumber().equals(o.serialNumber()))
                .anyMatch(o -> followsWithin(t.closedAt(), o.registeredAt(), days));
    }

    /**
     * The reference definition over whole histories: the counters of the tickets closed when
     * {@code closedIn} says so. The event-fed facts must give the same figures (QualityKpiIT).
     */
    public static KpiCounters figures(List<TicketHistory> all, Predicate<Instant> closedIn, int days) {
        KpiCounters sum = KpiCounters.ZERO;
        for (TicketHistory t : all) {
            if (t.closedAt() != null && closedIn.test(t.closedAt())) {
                sum = sum.plus(contribution(t, repeatFailure(t, all, days)));
            }
        }
        return sum;
    }
}
