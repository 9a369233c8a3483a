package org.aftersales.domain.tickets;

/**
 * T3: where a ticket stands. On-site work runs REGISTERED → DISPATCHED → ON_SITE →
 * SOLUTION_PROPOSED → RESOLVED → ACCEPTED → CLOSED; carry-in repairs (T6) run REGISTERED →
 * RECEIVED → (SOLUTION_PROPOSED) → RESOLVED → READY_FOR_PICKUP → COLLECTED → CLOSED. CANCELLED
 * and CLOSED are final, except that a closed ticket may be reopened within the configured period.
 */
public enum TicketStatus {
    REGISTERED,
    DISPATCHED,
    ON_SITE,
    RECEIVED,
    SOLUTION_PROPOSED,
    RESOLVED,
    READY_FOR_PICKUP,
    COLLECTED,
    ACCEPTED,
    CLOSED,
    CANCELLED;

    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }

    /** Work is still owed to the customer: the SLA clocks that are not stopped keep running. */
    public boolean isOpen() {
        return !isFinal() && this != ACCEPTED && this != COLLECTED;
    }
}
