package org.aftersales.web.tickets.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A ticket's number, status and SLA as SOAP partners read it (the same values as {@code GET /tickets/{number}}). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "repairTicket",
        propOrder = {
            "number",
            "status",
            "faultLevel",
            "entitlement",
            "registeredAt",
            "arriveBy",
            "solutionBy",
            "resolveBy",
            "breaches",
            "technician",
            "events"
        })
public class RepairTicket {

    public String number;
    public String status;
    public String faultLevel;
    public String entitlement;
    public String registeredAt;
    public String arriveBy;
    public String solutionBy;
    public String resolveBy;
    public List<String> breaches = new ArrayList<>();
    public String technician;
    public List<Event> events = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "ticketEvent",
            propOrder = {"type", "at", "by", "note"})
    public static class Event {
        public String type;
        public String at;
        public String by;
        public String note;
    }
}
