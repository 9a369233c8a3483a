package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * Q6: an evaluator's scores of a closed ticket's repair — quality and attitude, each 1–10 — that feed
 * the technician's scorecard and the department's assessment forms. One per ticket; a later
 * evaluation of the same ticket revises it.
 */
@Entity
@Table(name = "repair_evaluation")
@NamedQueries({
    @NamedQuery(
            name = RepairEvaluation.OF_TICKET,
            query = "SELECT e FROM RepairEvaluation e WHERE e.ticketNumber = :ticket")
})
public class RepairEvaluation extends AuditedEntity {

    public static final String OF_TICKET = "RepairEvaluation.ofTicket";
    public static final int MIN = 1;
    public static final int MAX = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_number", nullable = false, unique = true, updatable = false, length = 32)
    private String ticketNumber;

    @Column(name = "technician", length = 64)
    private String technician;

    @Column(name = "quality_score", nullable = false)
    private int quality;

    @Column(name = "attitude_score", nullable = false)
    private int attitude;

    @Column(name = "remarks", length = 500)
    private String remarks;

    @Column(name = "evaluator", nullable = false, length = 64)
    private String evaluator;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    protected RepairEvaluation() {}

    public RepairEvaluation(String ticketNumber, String technician) {
        this.ticketNumber = ticketNumber;
        this.technician = technician;
    }

    /** Q6: records (or revises) the scores; each must be 1–10 (message beside the field). */
    public void score(Integer quality, Integer attitude, String remarks, String evaluator, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "quality", quality);
        check(errors, "attitude", attitude);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        this.quality = quality;
        this.attitude = attitude;
        this.remarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
        this.evaluator = evaluator;
        this.evaluatedAt = at;
    }

    private static void check(List<FieldError> errors, String field, Integer score) {
        if (score == null) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (score < MIN || score > MAX) {
            errors.add(FieldError.of(field, "validation.evaluationScore", MIN, MAX));
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getTechnician() {
        return technician;
    }

    public int getQuality() {
        return quality;
    }

    public int getAttitude() {
        return attitude;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("ticketNumber", ticketNumber);
        s.put("quality", String.valueOf(quality));
        s.put("attitude", String.valueOf(attitude));
        s.put("remarks", remarks);
        return s;
    }
}
