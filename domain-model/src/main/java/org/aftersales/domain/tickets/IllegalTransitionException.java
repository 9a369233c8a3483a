package org.aftersales.domain.tickets;

import org.aftersales.domain.shared.ConflictException;

/** T3: an event the ticket's status does not allow; the caller answers 409 and changes nothing. */
public class IllegalTransitionException extends ConflictException {

    private static final long serialVersionUID = 1L;
    private final TicketStatus status;
    private final TicketEventType event;

    public IllegalTransitionException(String ticket, TicketStatus status, TicketEventType event) {
        super("error.illegalTransition", ticket, status.name(), event.name());
        this.status = status;
        this.event = event;
    }

    public TicketStatus status() {
        return status;
    }

    public TicketEventType event() {
        return event;
    }
}
