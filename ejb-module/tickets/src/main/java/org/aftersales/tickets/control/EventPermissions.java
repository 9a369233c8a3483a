package org.aftersales.tickets.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.tickets.TicketEventType;

/**
 * T3, T4: who may record which event. Dispatching is the dispatcher's; technicians record their own
 * work (only on tickets assigned to them); agents register, receive carry-in items, close after the
 * satisfaction call, cancel and reopen. Partners' systems record only what their customer says —
 * a note, a cancellation, a reopening — never the staff's work (dispatch, arrival, solution,
 * resolution, acceptance, closing: issue 10.1), and only on their own tickets. ADMIN may do everything.
 */
public final class EventPermissions {

    private static final Map<TicketEventType, Set<String>> ROLES = new EnumMap<>(TicketEventType.class);

    static {
        Set<String> field = Set.of(Roles.TECHNICIAN, Roles.DISPATCHER, Roles.AGENT, Roles.MANAGER);
        ROLES.put(TicketEventType.DISPATCHED, Set.of(Roles.DISPATCHER, Roles.MANAGER));
        ROLES.put(TicketEventType.CONTACTED, field);
        ROLES.put(TicketEventType.ARRIVED, field);
        ROLES.put(TicketEventType.SOLUTION_PROPOSED, field);
        ROLES.put(TicketEventType.RESOLVED, field);
        ROLES.put(TicketEventType.ACCEPTED, field);
        ROLES.put(
                TicketEventType.RECEIVED,
                Set.of(Roles.AGENT, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.WAREHOUSE, Roles.MANAGER));
        ROLES.put(
                TicketEventType.READY_FOR_PICKUP,
                Set.of(Roles.AGENT, Roles.TECHNICIAN, Roles.DISPATCHER, Roles.MANAGER));
        ROLES.put(TicketEventType.COLLECTED, Set.of(Roles.AGENT, Roles.DISPATCHER, Roles.WAREHOUSE, Roles.MANAGER));
        ROLES.put(TicketEventType.CLOSED, Set.of(Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER));
        ROLES.put(TicketEventType.CANCELLED, Set.of(Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.PARTNER));
        ROLES.put(TicketEventType.REOPENED, Set.of(Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.PARTNER));
        ROLES.put(
                TicketEventType.NOTE,
                Set.of(
                        Roles.AGENT,
                        Roles.DISPATCHER,
                        Roles.TECHNICIAN,
                        Roles.WAREHOUSE,
                        Roles.QUALITY,
                        Roles.MANAGER,
                        Roles.PARTNER));
    }

    private EventPermissions() {}

    /** The roles (besides ADMIN) that may record {@code type}. */
    public static Set<String> rolesFor(TicketEventType type) {
        return ROLES.getOrDefault(type, Set.of());
    }

    /** Technicians act on their own tickets only, unless they also hold a role that may act on any. */
    public static boolean onlyOwnTickets(TicketEventType type, java.util.function.Predicate<String> callerIn) {
        if (callerIn.test(Roles.ADMIN)) {
            return false;
        }
        return rolesFor(type).stream().filter(r -> !r.equals(Roles.TECHNICIAN)).noneMatch(callerIn);
    }
}
