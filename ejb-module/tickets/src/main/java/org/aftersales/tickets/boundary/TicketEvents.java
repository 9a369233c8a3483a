package org.aftersales.tickets.boundary;

import java.util.HashMap;
import java.util.Map;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.domain.tickets.TicketEventType;

/** The domain events the tickets context publishes on the events topic. */
public final class TicketEvents {

    /**
     * A ticket was registered: number, customerId, faultLevel, kind, region, customerName; serialNumber and
     * registeredAt (issue 14: a repair call for a serial makes an earlier repair a repeat failure, Q8).
     */
    public static final String REGISTERED = "TicketRegistered";
    /**
     * T3: an event was recorded: number, type, technician, by; customerId, serialNumber and department
     * (issue 14: the quality context follows closed tickets with a return visit and a survey, Q4, Q5).
     */
    public static final String EVENT_RECORDED = "TicketEventRecorded";
    /** T5: a major fault was reported; the general manager is told at once. */
    public static final String MAJOR_FAULT = "MajorFaultReported";
    /** T4, T5: a deadline is near (within sla.due-soon-minutes): number, deadline, due, technician, dispatcher. */
    public static final String SLA_DUE_SOON = "SlaDeadlineNear";
    /** T4, T5: a deadline was missed. */
    public static final String SLA_BREACHED = "SlaBreached";

    private TicketEvents() {}

    /** The data of {@link #REGISTERED} and {@link #MAJOR_FAULT}. */
    static Map<String, String> registered(Ticket ticket) {
        return Map.of(
                "number",
                ticket.getNumber(),
                "customerId",
                String.valueOf(ticket.getCustomerId()),
                "faultLevel",
                ticket.getFaultLevel().name(),
                "kind",
                ticket.getKind().name(),
                "region",
                String.valueOf(ticket.getRegion()),
                "customerName",
                ticket.getCustomerName(),
                "serialNumber",
                String.valueOf(ticket.getSerialNumber()),
                "registeredAt",
                String.valueOf(ticket.getRegisteredAt()));
    }

    /** The data of {@link #EVENT_RECORDED}; the technician and the serial only when the ticket has them. */
    static Map<String, String> recorded(Ticket ticket, TicketEventType type, String by, String technician) {
        Map<String, String> data = new HashMap<>();
        data.put("number", ticket.getNumber());
        data.put("type", type.name());
        data.put("by", by);
        data.put("customerId", String.valueOf(ticket.getCustomerId()));
        data.put("department", ticket.getDepartment());
        if (ticket.getSerialNumber() != null) {
            data.put("serialNumber", ticket.getSerialNumber());
        }
        if (technician != null) {
            data.put("technician", technician);
        }
        if (type == TicketEventType.CLOSED) {
            closing(ticket, data);
        }
        return data;
    }

    /**
     * Issue 14 (Q8): a CLOSED event also tells what the quality context's KPI facts need of the ticket's
     * last cycle — its attributes, its clocks (deadlines and when each was reached) and its close.
     */
    private static void closing(Ticket ticket, Map<String, String> data) {
        put(data, "model", ticket.getModel());
        put(data, "region", ticket.getRegion());
        put(data, "kind", ticket.getKind().name());
        put(data, "faultLevel", ticket.getFaultLevel().name());
        put(data, "cycleStart", ticket.getCycleStart());
        put(data, "arriveBy", ticket.getArriveBy());
        put(data, "arrivedAt", ticket.getArrivedAt());
        put(data, "solutionBy", ticket.getSolutionBy());
        put(data, "solutionAt", ticket.getSolutionAt());
        put(data, "resolveBy", ticket.getResolveBy());
        put(data, "resolvedAt", ticket.getResolvedAt());
        put(data, "closedAt", ticket.getClosedAt());
    }

    private static void put(Map<String, String> data, String key, Object value) {
        if (value != null) {
            data.put(key, value.toString());
        }
    }
}
