package org.aftersales.domain.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * T3: one line of a ticket's history — what happened, when, who recorded it, a note. Append-only:
 * every column is insert-only and nothing ever deletes a row.
 */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 20)
    private TicketEventType type;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String by;

    @Column(name = "technician", updatable = false, length = 64)
    private String technician;

    @Column(name = "note", updatable = false, length = 2000)
    private String note;

    protected TicketEvent() {}

    TicketEvent(Ticket ticket, TicketEventType type, Instant at, String by, String technician, String note) {
        this.ticket = ticket;
        this.type = type;
        this.at = at;
        this.by = by;
        this.technician = technician;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public TicketEventType getType() {
        return type;
    }

    public Instant getAt() {
        return at;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getBy() {
        return by;
    }

    public String getTechnician() {
        return technician;
    }

    public String getNote() {
        return note;
    }
}
