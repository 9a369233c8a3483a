package org.aftersales.domain.tickets;

/** T2: the kind of service asked for; it decides the ticket's path through {@link TicketLifecycle}. */
public enum ServiceKind {
    ONSITE_REPAIR,
    CARRY_IN_REPAIR,
    INSTALLATION,
    MAINTENANCE,
    TRAINING,
    GUIDANCE,
    PARTS_MAILING,
    RETURN_EXCHANGE;

    /** T6: the item comes to us, nobody goes out. */
    public boolean isCarryIn() {
        return this == CARRY_IN_REPAIR || this == RETURN_EXCHANGE;
    }

    /** Settled without anyone on site: phone guidance, parts mailed for the customer to fit. */
    public boolean isRemote() {
        return this == GUIDANCE || this == PARTS_MAILING;
    }
}
