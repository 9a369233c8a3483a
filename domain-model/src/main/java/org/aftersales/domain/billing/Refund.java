package org.aftersales.domain.billing;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * W6, B4: a refund of (part of) what was paid on a charge — 三包 refund or overcharge — asked for with
 * its reason, paid out only once approved (kind REFUND); its approval's subject is {@link #subject()}.
 */
@Entity
@Table(name = "charge_refund")
public class Refund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "charge_id", nullable = false, updatable = false)
    private Charge charge;

    @Column(name = "refund_no", nullable = false, updatable = false)
    private int refundNo;

    @Column(name = "amount", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "reason", nullable = false, updatable = false, length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private RefundState state;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    protected Refund() {}

    Refund(Charge charge, int refundNo, BigDecimal amount, String reason, String by, Instant at) {
        this.charge = charge;
        this.refundNo = refundNo;
        this.amount = Cents.of(amount);
        this.reason = Objects.requireNonNull(reason);
        this.requestedBy = Objects.requireNonNull(by);
        this.requestedAt = Objects.requireNonNull(at);
        this.state = RefundState.AWAITING_APPROVAL;
    }

    /** The approval's subject: the charge's number and the refund's running number ({@code YX-SF-26-12-01/R1}). */
    public String subject() {
        return subject(charge.getNumber(), refundNo);
    }

    public static String subject(String chargeNumber, int refundNo) {
        return chargeNumber + "/R" + refundNo;
    }

    void paid(String by, Instant at) {
        state = RefundState.PAID;
        decidedBy = by;
        decidedAt = at;
    }

    void rejected(String why, String by, Instant at) {
        state = RefundState.REJECTED;
        decisionReason = why;
        decidedBy = by;
        decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Charge getCharge() {
        return charge;
    }

    public int getRefundNo() {
        return refundNo;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public RefundState getState() {
        return state;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
