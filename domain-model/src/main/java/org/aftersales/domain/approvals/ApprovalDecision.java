package org.aftersales.domain.approvals;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.aftersales.domain.shared.AuditedEntity;

/**
 * One signature on a step: who decided, in whose place when a delegate decided (授权人: both names
 * are kept), approve or reject, when, and why. Append-only: every column is written once and never
 * changed, and no decision is ever deleted.
 */
@Entity
@Table(name = "approval_decision")
public class ApprovalDecision extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ApprovalRequest request;

    @Column(name = "step_position", nullable = false, updatable = false)
    private int step;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 64)
    private String by;

    /** The delegator, when a delegate decided in their place; else null. */
    @Column(name = "on_behalf_of", updatable = false, length = 64)
    private String onBehalfOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, updatable = false, length = 8)
    private Verdict verdict;

    @Column(name = "reason", updatable = false, length = 500)
    private String reason;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant at;

    protected ApprovalDecision() {}

    ApprovalDecision(
            ApprovalRequest request,
            int step,
            String by,
            String onBehalfOf,
            Verdict verdict,
            String reason,
            Instant at) {
        this.request = request;
        this.step = step;
        this.by = by;
        this.onBehalfOf = onBehalfOf;
        this.verdict = verdict;
        this.reason = reason;
        this.at = at;
    }

    /** In whose capacity the decision counts: the delegator if a delegate decided, else the decider. */
    public String capacity() {
        return onBehalfOf == null ? by : onBehalfOf;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getStep() {
        return step;
    }

    public String getBy() {
        return by;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAt() {
        return at;
    }

    public Long getRequestId() {
        return request.getId();
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("subject", request.getSubject());
        state.put("step", String.valueOf(step + 1));
        state.put("by", by);
        if (onBehalfOf != null) {
            state.put("onBehalfOf", onBehalfOf);
        }
        state.put("verdict", verdict.name());
        if (reason != null) {
            state.put("reason", reason);
        }
        return state;
    }
}
