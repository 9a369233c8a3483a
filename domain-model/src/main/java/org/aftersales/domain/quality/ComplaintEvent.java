package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Q2: one line of a complaint's history — what happened, the note, who and when. Never changed. */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 20)
    private ComplaintEventType type;

    @Column(name = "note", updatable = false, length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String by;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    /** Q2, CLASSIFIED: the category and severity it changed (from → to), null when kept. */
    @Enumerated(EnumType.STRING)
    @Column(name = "category_from", updatable = false, length = 20)
    private ComplaintCategory categoryFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "category_to", updatable = false, length = 20)
    private ComplaintCategory categoryTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity_from", updatable = false, length = 10)
    private ComplaintSeverity severityFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity_to", updatable = false, length = 10)
    private ComplaintSeverity severityTo;

    protected ComplaintEvent() {}

    ComplaintEvent(Complaint complaint, ComplaintEventType type, String note, String by, Instant at) {
        this.complaint = complaint;
        this.type = Objects.requireNonNull(type);
        this.note = note;
        this.by = Objects.requireNonNull(by);
        this.at = Objects.requireNonNull(at);
    }

    static ComplaintEvent classified(
            Complaint complaint,
            String note,
            String by,
            Instant at,
            ComplaintCategory categoryFrom,
            ComplaintCategory categoryTo,
            ComplaintSeverity severityFrom,
            ComplaintSeverity severityTo) {
        ComplaintEvent e = new ComplaintEvent(complaint, ComplaintEventType.CLASSIFIED, note, by, at);
        e.categoryFrom = categoryFrom;
        e.categoryTo = categoryTo;
        e.severityFrom = severityFrom;
        e.severityTo = severityTo;
        return e;
    }

    public ComplaintCategory getCategoryFrom() {
        return categoryFrom;
    }

    public ComplaintCategory getCategoryTo() {
        return categoryTo;
    }

    public ComplaintSeverity getSeverityFrom() {
        return severityFrom;
    }

    public ComplaintSeverity getSeverityTo() {
        return severityTo;
    }

    public Long getId() {
        return id;
    }

    public ComplaintEventType getType() {
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
