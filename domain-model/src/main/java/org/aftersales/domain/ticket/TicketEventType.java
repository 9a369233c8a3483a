package org.aftersales.domain.ticket;

/**
 * T3: what can happen to a ticket. The state changes are ruled by {@link TicketLifecycle};
 * {@link #REGISTERED} is the first event of every ticket, {@link #NOTE} and {@link #CONTACTED}
 * change nothing but the history.
 */
public enum TicketEventType {
    REGISTERED, DISPATCHED, CONTACTED, ARRIVED, RECEIVED, SOLUTION_PROPOSED, RESOLVED, READY_FOR_PICKUP, COLLECTED,
    ACCEPTED, CLOSED, CANCELLED, REOPENED, NOTE;

    /** Events that partners and staff may post (REGISTERED is written by intake only). */
    public boolean isPostable() {
        return this != REGISTERED;
    }

    /** A cancellation or a reopening must say why. */
    public boolean needsNote() {
        return this == CANCELLED || this == REOPENED || this == NOTE;
    }
}
