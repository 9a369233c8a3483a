package org.aftersales.tickets.boundary;

/** The domain events the tickets context publishes on the events topic. */
public final class TicketEvents {

    /** A ticket was registered: number, customerId, serialNumber, faultLevel, kind, region. */
    public static final String REGISTERED = "TicketRegistered";
    /** T3: an event was recorded: number, type, technician, by. */
    public static final String EVENT_RECORDED = "TicketEventRecorded";
    /** T5: a major fault was reported; the general manager is told at once. */
    public static final String MAJOR_FAULT = "MajorFaultReported";
    /** T4, T5: a deadline is near (within sla.due-soon-minutes): number, deadline, due, technician, dispatcher. */
    public static final String SLA_DUE_SOON = "SlaDeadlineNear";
    /** T4, T5: a deadline was missed. */
    public static final String SLA_BREACHED = "SlaBreached";

    private TicketEvents() {}
}
