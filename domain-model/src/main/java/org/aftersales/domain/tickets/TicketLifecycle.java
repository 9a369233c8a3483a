package org.aftersales.domain.tickets;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * T3, T6: the ticket's state machine. One table per path — on-site service, carry-in repair (T6)
 * and remote service (phone guidance, parts mailed) — maps (status, event) to the next status.
 * Anything not in the table is illegal: the caller answers 409 and changes nothing. NOTE and
 * CONTACTED are allowed while a ticket is not final and keep the status — CONTACTED on site only
 * until the technician arrives.
 */
public final class TicketLifecycle {

    private static final Map<TicketStatus, Map<TicketEventType, TicketStatus>> ONSITE =
            new EnumMap<>(TicketStatus.class);
    private static final Map<TicketStatus, Map<TicketEventType, TicketStatus>> CARRY_IN =
            new EnumMap<>(TicketStatus.class);
    private static final Map<TicketStatus, Map<TicketEventType, TicketStatus>> REMOTE =
            new EnumMap<>(TicketStatus.class);

    static {
        // on site: dispatch (again = reassign), arrive, propose, resolve, accept, close
        on(ONSITE, TicketStatus.REGISTERED, TicketEventType.DISPATCHED, TicketStatus.DISPATCHED);
        on(ONSITE, TicketStatus.DISPATCHED, TicketEventType.DISPATCHED, TicketStatus.DISPATCHED);
        on(ONSITE, TicketStatus.DISPATCHED, TicketEventType.ARRIVED, TicketStatus.ON_SITE);
        on(ONSITE, TicketStatus.ON_SITE, TicketEventType.SOLUTION_PROPOSED, TicketStatus.SOLUTION_PROPOSED);
        on(ONSITE, TicketStatus.ON_SITE, TicketEventType.RESOLVED, TicketStatus.RESOLVED);
        on(ONSITE, TicketStatus.SOLUTION_PROPOSED, TicketEventType.RESOLVED, TicketStatus.RESOLVED);
        on(ONSITE, TicketStatus.RESOLVED, TicketEventType.ACCEPTED, TicketStatus.ACCEPTED);
        on(ONSITE, TicketStatus.ACCEPTED, TicketEventType.CLOSED, TicketStatus.CLOSED);

        // T6 carry-in: received with a repair tag, diagnosed, repaired, ready, collected, closed
        on(CARRY_IN, TicketStatus.REGISTERED, TicketEventType.RECEIVED, TicketStatus.RECEIVED);
        on(CARRY_IN, TicketStatus.RECEIVED, TicketEventType.SOLUTION_PROPOSED, TicketStatus.SOLUTION_PROPOSED);
        on(CARRY_IN, TicketStatus.RECEIVED, TicketEventType.RESOLVED, TicketStatus.RESOLVED);
        on(CARRY_IN, TicketStatus.SOLUTION_PROPOSED, TicketEventType.RESOLVED, TicketStatus.RESOLVED);
        on(CARRY_IN, TicketStatus.RESOLVED, TicketEventType.READY_FOR_PICKUP, TicketStatus.READY_FOR_PICKUP);
        on(CARRY_IN, TicketStatus.READY_FOR_PICKUP, TicketEventType.COLLECTED, TicketStatus.COLLECTED);
        on(CARRY_IN, TicketStatus.COLLECTED, TicketEventType.CLOSED, TicketStatus.CLOSED);

        // guidance by phone, parts mailed: resolved without a visit, confirmed by the customer
        on(REMOTE, TicketStatus.REGISTERED, TicketEventType.RESOLVED, TicketStatus.RESOLVED);
        on(REMOTE, TicketStatus.RESOLVED, TicketEventType.ACCEPTED, TicketStatus.ACCEPTED);
        on(REMOTE, TicketStatus.ACCEPTED, TicketEventType.CLOSED, TicketStatus.CLOSED);

        for (Map<TicketStatus, Map<TicketEventType, TicketStatus>> path : java.util.List.of(ONSITE, CARRY_IN, REMOTE)) {
            for (TicketStatus s : TicketStatus.values()) {
                if (!s.isFinal()) {
                    on(path, s, TicketEventType.CANCELLED, TicketStatus.CANCELLED);
                }
            }
            on(path, TicketStatus.CLOSED, TicketEventType.REOPENED, TicketStatus.REGISTERED);
        }
    }

    private TicketLifecycle() {}

    private static void on(
            Map<TicketStatus, Map<TicketEventType, TicketStatus>> path,
            TicketStatus from,
            TicketEventType event,
            TicketStatus to) {
        path.computeIfAbsent(from, k -> new EnumMap<>(TicketEventType.class)).put(event, to);
    }

    private static Map<TicketStatus, Map<TicketEventType, TicketStatus>> path(ServiceKind kind) {
        if (kind.isCarryIn()) {
            return CARRY_IN;
        }
        return kind.isRemote() ? REMOTE : ONSITE;
    }

    /** The status after {@code event}, or empty when the event is not allowed in {@code status}. */
    public static Optional<TicketStatus> next(ServiceKind kind, TicketStatus status, TicketEventType event) {
        if (event == TicketEventType.CONTACTED
                && path(kind) == ONSITE
                && status != TicketStatus.REGISTERED
                && status != TicketStatus.DISPATCHED) {
            return Optional.empty(); // T3: on site, the call arranges the visit; after arrival there is none to arrange
        }
        if (event == TicketEventType.NOTE || event == TicketEventType.CONTACTED) {
            return status.isFinal() ? Optional.empty() : Optional.of(status);
        }
        return Optional.ofNullable(path(kind).getOrDefault(status, Map.of()).get(event));
    }

    /** The events a user may record now, for the buttons of the ticket page. */
    public static Set<TicketEventType> allowed(ServiceKind kind, TicketStatus status) {
        EnumSet<TicketEventType> allowed = EnumSet.noneOf(TicketEventType.class);
        for (TicketEventType type : TicketEventType.values()) {
            if (type.isPostable() && next(kind, status, type).isPresent()) {
                allowed.add(type);
            }
        }
        return allowed;
    }
}
