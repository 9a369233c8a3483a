package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Q2: one line of a complaint's history — what happened, the note, who and when. Never changed. */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent extends HistoryLine {

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 20)
    private ComplaintEventType type;

    protected ComplaintEvent() {}

    ComplaintEvent(Complaint complaint, ComplaintEventType type, String note, String by, Instant at) {
        super(note, Objects.requireNonNull(by), Objects.requireNonNull(at));
        this.complaint = complaint;
        this.type = Objects.requireNonNull(type);
    }

    public ComplaintEventType getType() {
        return type;
    }
}
