package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Q3: one line of a corrective action's history (append-only). */
@Entity
@Table(name = "capa_event")
public class CapaEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "capa_id", nullable = false, updatable = false)
    private CorrectiveAction action;

    @Column(name = "event_type", nullable = false, updatable = false, length = 30)
    private String type;

    @Column(name = "note", updatable = false, length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String by;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    protected CapaEvent() {}

    CapaEvent(CorrectiveAction action, String type, String note, String by, Instant at) {
        this.action = action;
        this.type = type;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.by = by;
        this.at = at;
    }

    public String getType() {
        return type;
    }

    public String getNote() {
        return note;
    }

    public String getBy() {
        return by;
    }

    public Instant getAt() {
        return at;
    }
}
