package org.aftersales.domain.billing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * 10.3 收费单 (T10 number, form code SF): what the customer owes for a ticket, made from its accepted
 * quote (or a declined quote's inspection fee), with the payments in part or whole and the refunds.
 * Invariants: nothing is paid beyond the balance and no payment is zero or negative (422, nothing
 * changes); a refund never exceeds what was received less what is already refunded or waiting to
 * be; every line is kept (B4: traceable to its quote and approvals).
 */
@Entity
@NamedQuery(name = "Charge.byNumber", query = "SELECT c FROM Charge c WHERE c.number = :number")
@NamedQuery(name = "Charge.ofTicket", query = "SELECT c FROM Charge c WHERE c.ticketNumber = :ticket")
@Table(name = "charge")
public class Charge extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "charge_number", nullable = false, unique = true, updatable = false, length = 32)
    private String number;

    @Column(name = "ticket_number", nullable = false, unique = true, updatable = false, length = 32)
    private String ticketNumber;

    @Column(name = "quote_id", nullable = false, updatable = false)
    private long quoteId;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    /** The customer's name when the charge was made (the list filters and shows it). */
    @Column(name = "customer_name", updatable = false, length = 200)
    private String customerName;

    @Column(name = "total", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal total;

    /** B4: the discount policy of the quote (its code), null when none. */
    @Column(name = "policy_code", updatable = false, length = 32)
    private String policyCode;

    /** B4: who approved the quote's ad-hoc discount, null when none needed approval. */
    @Column(name = "discount_approved_by", updatable = false, length = 64)
    private String discountApprovedBy;

    /** Received by payments (gross). */
    @Column(name = "paid", nullable = false, precision = 14, scale = 2)
    private BigDecimal paid;

    /** Paid back by approved refunds. */
    @Column(name = "refunded", nullable = false, precision = 14, scale = 2)
    private BigDecimal refunded;

    @OneToMany(mappedBy = "charge", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo ASC")
    private List<ChargePayment> payments = new ArrayList<>();

    @OneToMany(mappedBy = "charge", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("refundNo ASC")
    private List<Refund> refunds = new ArrayList<>();

    protected Charge() {}

    public Charge(String number, String ticketNumber, long quoteId, String department, BigDecimal total) {
        this.number = Objects.requireNonNull(number);
        this.ticketNumber = Objects.requireNonNull(ticketNumber);
        this.quoteId = quoteId;
        this.department = Objects.requireNonNull(department);
        if (total == null || total.signum() <= 0) {
            throw new ConflictException("error.nothingToCharge", ticketNumber);
        }
        this.total = Cents.of(total);
        this.paid = Cents.ZERO;
        this.refunded = Cents.ZERO;
    }

    /**
     * The charge of a quote (number drawn in the caller's transaction): what the accepted quote leaves
     * the customer to pay, or a declined quote's inspection fee; anything else → 409.
     */
    public static Charge of(String number, Quote quote) {
        Charge charge = new Charge(
                number,
                quote.getTicketNumber(),
                Objects.requireNonNull(quote.getId()),
                quote.getDepartment(),
                quote.chargeable());
        if (quote.getState() == QuoteState.ACCEPTED) { // B4: traceable to its quote, policy and approver
            charge.policyCode = quote.getPolicyCode();
            charge.discountApprovedBy = quote.getDiscountApprovedBy();
        }
        return charge;
    }

    public String getPolicyCode() {
        return policyCode;
    }

    public String getDiscountApprovedBy() {
        return discountApprovedBy;
    }

    /** The charge of a quote for the named customer (10.3: the list filters by customer). */
    public static Charge of(String number, Quote quote, String customerName) {
        Charge charge = of(number, quote);
        charge.customerName = customerName;
        return charge;
    }

    /** 10.3: unpaid, paid in part or in whole. */
    public ChargeStatus status() {
        return ChargeStatus.of(total, paid);
    }

    /** What is still owed. */
    public BigDecimal balance() {
        return total.subtract(paid);
    }

    /** What may still be refunded: received, less refunded, less refunds awaiting approval. */
    public BigDecimal refundable() {
        BigDecimal waiting = refunds.stream()
                .filter(r -> r.getState() == RefundState.AWAITING_APPROVAL)
                .map(Refund::getAmount)
                .reduce(Cents.ZERO, BigDecimal::add);
        return paid.subtract(refunded).subtract(waiting);
    }

    /**
     * 10.3: a payment in part or whole. Zero or negative, or more than the balance → 422 on
     * {@code amount}, nothing recorded. The caller holds the charge's row lock, so two cashiers at
     * once are put in order and the second sees the first's payment.
     */
    public ChargePayment pay(BigDecimal amount, ChargePaymentMethod method, String by, Instant at) {
        Objects.requireNonNull(method);
        if (amount == null || amount.signum() <= 0) {
            throw new RuleViolationException(FieldError.of("amount", "validation.amountPositive"));
        }
        BigDecimal a = Cents.of(amount);
        if (a.compareTo(balance()) > 0) {
            throw new RuleViolationException(FieldError.of(
                    "amount", "validation.paymentAboveBalance", balance().toPlainString()));
        }
        ChargePayment line = new ChargePayment(this, payments.size() + 1, a, method, null, at, by);
        payments.add(line);
        paid = paid.add(a);
        return line;
    }

    /** W6, B4: asks for a refund; above what may be refunded → 422 on {@code amount}. */
    public Refund requestRefund(BigDecimal amount, String reason, String by, Instant at) {
        if (amount == null || amount.signum() <= 0) {
            throw new RuleViolationException(FieldError.of("amount", "validation.amountPositive"));
        }
        BigDecimal a = Cents.of(amount);
        if (a.compareTo(refundable()) > 0) {
            throw new RuleViolationException(FieldError.of(
                    "amount", "validation.refundAboveReceived", refundable().toPlainString()));
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(FieldError.of("reason", "validation.required"));
        }
        Refund refund = new Refund(this, refunds.size() + 1, a, reason.strip(), by, at);
        refunds.add(refund);
        return refund;
    }

    /** W6: the refund's approval ended: approved → paid out as a negative line; otherwise nothing is paid. */
    public Optional<ChargePayment> refundDecided(int refundNo, boolean approved, String reason, String by, Instant at) {
        Refund refund = refunds.stream()
                .filter(r -> r.getRefundNo() == refundNo)
                .findFirst()
                .orElseThrow(() -> new ConflictException("error.approvalUnknown", Refund.subject(number, refundNo)));
        if (refund.getState() != RefundState.AWAITING_APPROVAL) {
            throw new ConflictException(
                    "error.refundState", refund.subject(), refund.getState().name());
        }
        if (!approved) {
            refund.rejected(reason, by, at);
            return Optional.empty();
        }
        refund.paid(by, at);
        ChargePayment line =
                new ChargePayment(this, payments.size() + 1, refund.getAmount().negate(), null, refundNo, at, by);
        payments.add(line);
        refunded = refunded.add(refund.getAmount());
        return Optional.of(line);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public long getQuoteId() {
        return quoteId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getDepartment() {
        return department;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }

    public List<ChargePayment> getPayments() {
        return List.copyOf(payments);
    }

    public List<Refund> getRefunds() {
        return List.copyOf(refunds);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("number", number);
        s.put("ticketNumber", ticketNumber);
        s.put("total", total == null ? null : total.toPlainString());
        s.put("paid", paid == null ? null : paid.toPlainString());
        s.put("refunded", refunded == null ? null : refunded.toPlainString());
        return s;
    }
}
