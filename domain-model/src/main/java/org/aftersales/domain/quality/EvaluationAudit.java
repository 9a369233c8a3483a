package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * Q6: a closed ticket drawn into a month's audit sample ({@link AuditSample}); a manager looks at
 * the repair and its evaluation and records a verdict, once.
 */
@Entity
@Table(name = "evaluation_audit")
@NamedQueries({
    @NamedQuery(
            name = EvaluationAudit.OF_MONTH,
            query = "SELECT a FROM EvaluationAudit a WHERE a.sampleMonth = :month ORDER BY a.ticketNumber"),
    @NamedQuery(
            name = EvaluationAudit.OPEN,
            query = "SELECT a FROM EvaluationAudit a WHERE a.verdict IS NULL ORDER BY a.sampleMonth, a.ticketNumber")
})
public class EvaluationAudit extends AuditedEntity {

    public static final String OF_MONTH = "EvaluationAudit.ofMonth";
    public static final String OPEN = "EvaluationAudit.open";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sample_month", nullable = false, updatable = false, length = 7)
    private String sampleMonth;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = 32)
    private String ticketNumber;

    @Column(name = "technician", length = 64, updatable = false)
    private String technician;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", length = 12)
    private AuditVerdict verdict;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "auditor", length = 64)
    private String auditor;

    @Column(name = "audited_at")
    private Instant auditedAt;

    protected EvaluationAudit() {}

    public EvaluationAudit(String sampleMonth, String ticketNumber, String technician) {
        this.sampleMonth = sampleMonth;
        this.ticketNumber = ticketNumber;
        this.technician = technician;
    }

    /** Q6: the manager's verdict; a questioned repair must say why; audited once (else 409). */
    public void audit(AuditVerdict verdict, String note, String auditor, Instant at) {
        if (this.verdict != null) {
            throw new ConflictException("error.auditDone", ticketNumber);
        }
        if (verdict == null) {
            throw new RuleViolationException(FieldError.of("verdict", "validation.required"));
        }
        if (verdict == AuditVerdict.QUESTIONED && (note == null || note.isBlank())) {
            throw new RuleViolationException(FieldError.of("note", "validation.required"));
        }
        this.verdict = verdict;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.auditor = auditor;
        this.auditedAt = at;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSampleMonth() {
        return sampleMonth;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getTechnician() {
        return technician;
    }

    public AuditVerdict getVerdict() {
        return verdict;
    }

    public String getNote() {
        return note;
    }

    public String getAuditor() {
        return auditor;
    }

    public Instant getAuditedAt() {
        return auditedAt;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("sampleMonth", sampleMonth);
        s.put("ticketNumber", ticketNumber);
        s.put("verdict", verdict == null ? null : verdict.name());
        s.put("note", note);
        return s;
    }
}
