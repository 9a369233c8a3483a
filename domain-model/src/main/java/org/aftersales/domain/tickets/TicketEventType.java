package org.aftersales.domain.tickets;

/**
 * T3: what can happen to a ticket. The state changes are ruled by {@link TicketLifecycle};
 * {@link #REGISTERED} is the first event of every ticket, {@link #NOTE} and {@link #CONTACTED}
 * change nothing but the history; {@link #SERVICE_RECORDED} and {@link #SIGNED} are written by the
 * service when the service record is saved and the customer signs it (T8), never posted.
 */
public enum TicketEventType {
    REGISTERED,
    DISPATCHED,
    CONTACTED,
    ARRIVED,
    RECEIVED,
    SOLUTION_PROPOSED,
    RESOLVED,
    READY_FOR_PICKUP,
    COLLECTED,
    ACCEPTED,
    CLOSED,
    CANCELLED,
    REOPENED,
    NOTE,
    SERVICE_RECORDED,
    SIGNED;

    /** Events that partners and staff may post (REGISTERED, SERVICE_RECORDED and SIGNED are written by the service). */
    public boolean isPostable() {
        return this != REGISTERED && this != SERVICE_RECORDED && this != SIGNED;
    }

    /** A cancellation or a reopening must say why. */
    public boolean needsNote() {
        return this == CANCELLED || this == REOPENED || this == NOTE;
    }
}
