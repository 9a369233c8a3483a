package org.aftersales.domain.ticket;

/** T3: an event the ticket's status does not allow; the caller answers 409 and changes nothing. */
public class IllegalTransitionException extends RuntimeException {

    private final TicketStatus status;
    private final TicketEventType event;

    public IllegalTransitionException(String ticket, TicketStatus status, TicketEventType event) {
        super("Ticket " + ticket + " is " + status + ": " + event + " is not allowed");
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
