package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Q8: a repair ticket registered for a serial (the tickets' TicketRegistered event) — what makes an
 * earlier closed repair of the same serial a repeat failure ({@link KpiRules#followsWithin}).
 */
@Entity
@Table(name = "kpi_repair_call")
public class RepairCall {

    @Id
    @Column(name = "ticket_number", length = 32)
    private String ticketNumber;

    @Column(name = "serial_number", nullable = false, length = 64)
    private String serialNumber;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected RepairCall() {}

    public RepairCall(String ticketNumber, String serialNumber, Instant registeredAt) {
        this.ticketNumber = ticketNumber;
        this.serialNumber = serialNumber;
        this.registeredAt = registeredAt;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
