package org.aftersales.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * W6 三包: a decision on a ticket whose repair did not satisfy the customer — repair again, replace, or
 * refund — with its reason and the manager who approved it; a replacement names the issue slip of the
 * new unit, a refund the subject of its REFUND approval.
 * Invariants (see {@link #next}): decisions escalate repair → replace → refund and never go back; a
 * replacement and a refund are decided once each.
 */
@Entity
@Table(name = "guarantee_decision")
@NamedQuery(
        name = "GuaranteeDecision.ofTicket",
        query = "SELECT d FROM GuaranteeDecision d WHERE d.ticketNumber = :ticket ORDER BY d.id")
public class GuaranteeDecision extends org.aftersales.domain.shared.AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = 32)
    private String ticketNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "remedy", nullable = false, updatable = false, length = 10)
    private GuaranteeRemedy remedy;

    @Column(name = "reason", nullable = false, updatable = false, length = 500)
    private String reason;

    @Column(name = "approved_by", nullable = false, updatable = false, length = 64)
    private String approvedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    /** REPLACE: the outbound slip of the new unit. */
    @Column(name = "slip_number", length = 32)
    private String slipNumber;

    /** REFUND: the approval's subject ({@code <charge>/R<n>}). */
    @Column(name = "refund_subject", length = 64)
    private String refundSubject;

    protected GuaranteeDecision() {}

    /**
     * W6: the next decision after {@code earlier} (oldest first): 409 when it goes back (replace after
     * refund, repair after replace …) or repeats a replacement or a refund; 422 without a reason.
     */
    public static GuaranteeDecision next(
            List<GuaranteeDecision> earlier,
            String ticketNumber,
            GuaranteeRemedy remedy,
            String reason,
            String approvedBy,
            Instant at) {
        Objects.requireNonNull(remedy);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(FieldError.of("reason", "validation.required"));
        }
        if (!earlier.isEmpty()) {
            GuaranteeRemedy last = earlier.get(earlier.size() - 1).remedy;
            if (remedy.compareTo(last) < 0 || (remedy == last && remedy != GuaranteeRemedy.REPAIR)) {
                throw new ConflictException("error.guaranteeOrder", ticketNumber, last.name(), remedy.name());
            }
        }
        GuaranteeDecision d = new GuaranteeDecision();
        d.ticketNumber = Objects.requireNonNull(ticketNumber);
        d.remedy = remedy;
        d.reason = reason.strip();
        d.approvedBy = Objects.requireNonNull(approvedBy);
        d.decidedAt = Objects.requireNonNull(at);
        return d;
    }

    public void replacedBy(String slip) {
        this.slipNumber = slip;
    }

    public void refundAsked(String subject) {
        this.refundSubject = subject;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public GuaranteeRemedy getRemedy() {
        return remedy;
    }

    public String getReason() {
        return reason;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getSlipNumber() {
        return slipNumber;
    }

    public String getRefundSubject() {
        return refundSubject;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("ticketNumber", ticketNumber);
        s.put("remedy", remedy == null ? null : remedy.name());
        s.put("reason", reason);
        s.put("approvedBy", approvedBy);
        s.put("slipNumber", slipNumber);
        s.put("refundSubject", refundSubject);
        return s;
    }
}
