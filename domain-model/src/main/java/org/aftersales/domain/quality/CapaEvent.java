package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Q3: one line of a corrective action's history (append-only). */
@Entity
@Table(name = "capa_event")
public class CapaEvent extends HistoryLine {

    @ManyToOne(optional = false)
    @JoinColumn(name = "capa_id", nullable = false, updatable = false)
    private CorrectiveAction action;

    @Column(name = "event_type", nullable = false, updatable = false, length = 30)
    private String type;

    protected CapaEvent() {}

    CapaEvent(CorrectiveAction action, String type, String note, String by, Instant at) {
        super(note == null || note.isBlank() ? null : note.strip(), by, at);
        this.action = action;
        this.type = type;
    }

    public String getType() {
        return type;
    }
}
