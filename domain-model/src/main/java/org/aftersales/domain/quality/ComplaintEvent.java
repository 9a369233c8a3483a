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
        super(note, Objects.requireNonNull(by), Objects.requireNonNull(at));
        this.complaint = complaint;
        this.type = Objects.requireNonNull(type);
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

    public ComplaintEventType getType() {
        return type;
    }
}
