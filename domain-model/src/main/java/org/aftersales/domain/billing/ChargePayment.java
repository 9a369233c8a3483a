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
 * 10.3 收费管理: one line of a charge's account, never changed: a payment (positive, with its method)
 * or a refund paid out (negative, naming the refund it pays).
 */
@Entity
@Table(name = "charge_payment")
@jakarta.persistence.NamedQuery(
        name = "ChargePayment.unhanded",
        query = "SELECT p FROM ChargePayment p WHERE p.recordedBy = :by AND p.method = :cash"
                + " AND p.refundNo IS NULL AND p.slipNumber IS NULL")
@jakarta.persistence.NamedQuery(
        name = "ChargePayment.unhandedOf",
        query = "SELECT p FROM ChargePayment p WHERE p.recordedBy = :by AND p.method = :cash"
                + " AND p.refundNo IS NULL AND p.slipNumber IS NULL ORDER BY p.at, p.id")
@jakarta.persistence.NamedQuery(
        name = "ChargePayment.onSlip",
        query = "SELECT p FROM ChargePayment p WHERE p.slipNumber = :slip ORDER BY p.at, p.id")
public class ChargePayment implements org.aftersales.domain.shared.CashItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "charge_id", nullable = false, updatable = false)
    private Charge charge;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "amount", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", updatable = false, length = 10)
    private ChargePaymentMethod method;

    @Column(name = "refund_no", updatable = false)
    private Integer refundNo;

    @Column(name = "paid_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    /** 10.3 缴款单: the payment slip a cash payment taken on site was handed in on; null until then. */
    @Column(name = "slip_number", length = 32)
    private String slipNumber;

    protected ChargePayment() {}

    ChargePayment(
            Charge charge,
            int lineNo,
            BigDecimal amount,
            ChargePaymentMethod method,
            Integer refundNo,
            Instant at,
            String recordedBy) {
        this.charge = charge;
        this.lineNo = lineNo;
        this.amount = Cents.of(amount);
        this.method = method;
        this.refundNo = refundNo;
        this.at = Objects.requireNonNull(at);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public ChargePaymentMethod getMethod() {
        return method;
    }

    public Integer getRefundNo() {
        return refundNo;
    }

    public Instant getAt() {
        return at;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Charge getCharge() {
        return charge;
    }

    public String getSlipNumber() {
        return slipNumber;
    }

    /** 10.3: the cash of the payment handed in on the payment slip. */
    @Override
    public BigDecimal cashAmount() {
        return amount;
    }

    @Override
    public boolean settled() {
        return slipNumber != null;
    }

    /** 10.3: handed in on payment slip {@code number}; only cash taken in, and once. */
    @Override
    public void settle(String number) {
        if (method != ChargePaymentMethod.CASH || refundNo != null || slipNumber != null) {
            throw new IllegalStateException("Payment " + lineNo + " is not cash to hand in");
        }
        slipNumber = java.util.Objects.requireNonNull(number);
    }
}
