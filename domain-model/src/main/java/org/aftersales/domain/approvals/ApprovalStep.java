package org.aftersales.domain.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** A step of a running request: the chain's step as it was when the request started, and its state. */
@Entity
@Table(name = "approval_step")
public class ApprovalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private ApprovalRequest request;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Embedded
    private StepColumns rule;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private StepState state;

    /** When the step began to wait for its deciders (its reminder term counts from here). */
    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ApprovalStep() {}

    ApprovalStep(ApprovalRequest request, int position, StepRule rule, StepState state) {
        this.request = request;
        this.position = position;
        this.rule = new StepColumns(rule);
        this.state = state;
    }

    void begin(Instant at) {
        state = StepState.PENDING;
        startedAt = at;
    }

    void end(StepState outcome, Instant at) {
        state = outcome;
        endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public StepRule rule() {
        return rule.rule();
    }

    public String getName() {
        return rule.rule().name();
    }

    public StepState getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
