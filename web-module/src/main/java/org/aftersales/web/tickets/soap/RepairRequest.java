package org.aftersales.web.tickets.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** T1 over SOAP: the fields of {@code POST /tickets} (API.md), instants ISO-8601 with offset. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
        name = "repairRequest",
        propOrder = {
            "customerId",
            "serialNumber",
            "channel",
            "kind",
            "faultLevel",
            "department",
            "description",
            "registeredAt",
            "wantedAt",
            "requiredQualifications"
        })
public class RepairRequest {

    @XmlElement(required = true)
    public Long customerId;

    public String serialNumber;

    @XmlElement(required = true)
    public String channel;

    @XmlElement(required = true)
    public String kind;

    @XmlElement(required = true)
    public String faultLevel;

    public String department;

    @XmlElement(required = true)
    public String description;

    public String registeredAt;
    public String wantedAt;
    public List<String> requiredQualifications = new ArrayList<>();
}
