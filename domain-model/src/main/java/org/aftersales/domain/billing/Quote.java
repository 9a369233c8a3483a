package org.aftersales.domain.billing;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * B2, B3 维修报价单: the quote of a ticket, one per ticket, with the fee schedule version it used.
 * Invariants: the customer accepts a quote once, by signature or recorded phone consent, and only
 * when no discount waits for approval (B4); an accepted or declined quote never changes; a declined
 * quote leaves the inspection fee (if the schedule has one) as what the customer pays.
 */
@Entity
@NamedQuery(name = "Quote.ofTicket", query = "SELECT q FROM Quote q WHERE q.ticketNumber = :ticket")
@Table(name = "quote")
public class Quote extends org.aftersales.domain.shared.AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_number", nullable = false, unique = true, updatable = false, length = 32)
    private String ticketNumber;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    @Column(name = "fee_schedule_version", nullable = false)
    private int feeScheduleVersion;

    @Column(name = "computed", nullable = false)
    private boolean computed;

    @Column(name = "materials", nullable = false, precision = 14, scale = 2)
    private BigDecimal materials;

    @Column(name = "labour", nullable = false, precision = 14, scale = 2)
    private BigDecimal labour;

    @Column(name = "travel", nullable = false, precision = 14, scale = 2)
    private BigDecimal travel;

    @Column(name = "tax", nullable = false, precision = 14, scale = 2)
    private BigDecimal tax;

    @Column(name = "cost", nullable = false, precision = 14, scale = 2)
    private BigDecimal cost;

    @Column(name = "markup", nullable = false, precision = 14, scale = 2)
    private BigDecimal markup;

    @Column(name = "total", nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "discount", nullable = false, precision = 14, scale = 2)
    private BigDecimal discount;

    @Column(name = "discount_reason", length = 500)
    private String discountReason;

    /** B4: the discount policy applied (its code), null when none. */
    @Column(name = "policy_code", length = 32)
    private String policyCode;

    /** B4: the policy's name when applied: the reason of its discount. */
    @Column(name = "policy_reason", length = 100)
    private String policyReason;

    /** B4: the policy's part of {@link #discount}. */
    @Column(name = "policy_discount", precision = 14, scale = 2)
    private BigDecimal policyDiscount;

    /** B4: who approved the ad-hoc discount (the last decider of the DISCOUNT approval). */
    @Column(name = "discount_approved_by", length = 64)
    private String discountApprovedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer", nullable = false, length = 10)
    private Payer payer;

    /** W4, B3: why the payer is who it is when quoted ({@code key|arg|…}, the ticket's entitlement reason). */
    @Column(name = "payer_reason", length = 500)
    private String payerReason;

    @Column(name = "customer_pays", nullable = false, precision = 14, scale = 2)
    private BigDecimal customerPays;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private QuoteState state;

    @Column(name = "quoted_by", nullable = false, length = 64)
    private String quotedBy;

    @Column(name = "quoted_at", nullable = false)
    private Instant quotedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "acceptance_method", length = 10)
    private AcceptanceMethod acceptanceMethod;

    /** The customer (or whoever agreed for them) by name. */
    @Column(name = "accepted_by", length = 100)
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    /** The staff member who took the signature or the phone consent. */
    @Column(name = "acceptance_recorded_by", length = 64)
    private String acceptanceRecordedBy;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_png")
    private byte[] signaturePng;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quote_line", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderBy("lineNo ASC")
    private List<QuoteLine> lines = new ArrayList<>();

    protected Quote() {}

    public Quote(String ticketNumber, String department) {
        this.ticketNumber = Objects.requireNonNull(ticketNumber);
        this.department = Objects.requireNonNull(department);
        this.state = QuoteState.DRAFT;
    }

    /**
     * B2, B4: (re)prices a draft. A discount above what may be given without approval sends the quote
     * for approval (AWAITING_APPROVAL), else it is a draft the customer may accept. An accepted, declined
     * or awaiting quote does not change (409).
     */
    public void price(
            QuotePricing.Priced priced,
            int scheduleVersion,
            String reason,
            boolean discountNeedsApproval,
            String by,
            Instant at) {
        if (state != QuoteState.DRAFT) {
            throw new ConflictException("error.quoteState", ticketNumber, state.name());
        }
        if (priced.adHocDiscount().signum() > 0 && (reason == null || reason.isBlank())) {
            throw new RuleViolationException(FieldError.of("discountReason", "validation.required"));
        }
        this.feeScheduleVersion = scheduleVersion;
        this.computed = priced.computed();
        this.materials = priced.materials();
        this.labour = priced.labour();
        this.travel = priced.travel();
        this.tax = priced.tax();
        this.cost = priced.cost();
        this.markup = priced.markup();
        this.total = priced.total();
        this.discount = priced.discount();
        this.discountReason = priced.adHocDiscount().signum() > 0 ? reason.strip() : null;
        this.policyCode = priced.policyCode();
        this.policyReason = priced.policyName();
        this.policyDiscount = priced.policyDiscount().signum() > 0 ? priced.policyDiscount() : null;
        this.discountApprovedBy = null;
        this.payer = priced.payer();
        this.customerPays = priced.customerPays();
        this.lines.clear();
        this.lines.addAll(priced.lines());
        this.quotedBy = Objects.requireNonNull(by);
        this.quotedAt = Objects.requireNonNull(at);
        this.state = discountNeedsApproval && priced.adHocDiscount().signum() > 0
                ? QuoteState.AWAITING_APPROVAL
                : QuoteState.DRAFT;
    }

    /**
     * W4, B3: records why the payer is who it is (the ticket's entitlement reason when quoted), so the
     * customer is told before agreeing to paid work.
     */
    public void payerBecause(String reason) {
        if (state == QuoteState.ACCEPTED || state == QuoteState.DECLINED) {
            throw new ConflictException("error.quoteState", ticketNumber, state.name());
        }
        this.payerReason = reason;
    }

    public String getPolicyCode() {
        return policyCode;
    }

    public String getPolicyReason() {
        return policyReason;
    }

    /** B4: the policy's part of the discount (zero when none). */
    public BigDecimal getPolicyDiscount() {
        return Cents.orZero(policyDiscount);
    }

    public String getDiscountApprovedBy() {
        return discountApprovedBy;
    }

    public String getPayerReason() {
        return payerReason;
    }

    /** B4: the discount was approved: the customer may now accept the quote. */
    public void discountApproved() {
        discountApproved(null);
    }

    /** B4: the discount was approved by {@code by}: the customer may now accept the quote. */
    public void discountApproved(String by) {
        requireState(QuoteState.AWAITING_APPROVAL);
        discountApprovedBy = by;
        state = QuoteState.DRAFT;
    }

    /** B4: the discount was rejected (or withdrawn): it goes, the quote is a draft at the full total. */
    public void discountRefused() {
        requireState(QuoteState.AWAITING_APPROVAL);
        lines.removeIf(l -> l.getCategory() == QuoteLineCategory.DISCOUNT);
        discount = Cents.orZero(policyDiscount); // B4: a policy's discount stays, it needs no approval
        discountReason = null;
        customerPays = payer == Payer.WARRANTY ? Cents.ZERO : total.subtract(discount);
        state = QuoteState.DRAFT;
    }

    /**
     * B3: the customer agrees — by signature on the pad (the image) or by phone (who, when, recorded by
     * whom). Once; not while a discount waits for approval (409).
     */
    public void accept(AcceptanceMethod method, String customer, Instant at, String recordedBy, byte[] signature) {
        if (state != QuoteState.DRAFT) {
            throw new ConflictException("error.quoteState", ticketNumber, state.name());
        }
        Objects.requireNonNull(method);
        if (customer == null || customer.isBlank()) {
            throw new RuleViolationException(FieldError.of("by", "validation.required"));
        }
        if (method == AcceptanceMethod.SIGNATURE && (signature == null || signature.length == 0)) {
            throw new RuleViolationException(FieldError.of("signature", "validation.required"));
        }
        if (method == AcceptanceMethod.SIGNATURE) {
            // first: the lazy image's first write loads the row's unfetched state, which must not
            // overwrite the fields set below (EclipseLink fetch groups)
            signaturePng = signature;
        }
        acceptanceMethod = method;
        acceptedBy = customer.strip();
        acceptedAt = Objects.requireNonNull(at);
        acceptanceRecordedBy = Objects.requireNonNull(recordedBy);
        state = QuoteState.ACCEPTED;
    }

    /**
     * B3: the customer declines: the repair is not done; what remains to pay is the inspection fee
     * (paid service only), 0 without one.
     */
    public void decline(String reason, BigDecimal inspectionFee, Instant at) {
        if (state != QuoteState.DRAFT) {
            throw new ConflictException("error.quoteState", ticketNumber, state.name());
        }
        declineReason = reason;
        declinedAt = Objects.requireNonNull(at);
        customerPays = payer == Payer.CUSTOMER ? Cents.orZero(inspectionFee) : Cents.ZERO;
        state = QuoteState.DECLINED;
    }

    /** What a charge (收费单) is made for: the accepted quote's amount, or a declined one's inspection fee. */
    public BigDecimal chargeable() {
        if (state != QuoteState.ACCEPTED && state != QuoteState.DECLINED) {
            throw new ConflictException("error.quoteNotAccepted", ticketNumber);
        }
        if (customerPays.signum() <= 0) {
            throw new ConflictException("error.nothingToCharge", ticketNumber);
        }
        return customerPays;
    }

    private void requireState(QuoteState expected) {
        if (state != expected) {
            throw new ConflictException("error.quoteState", ticketNumber, state.name());
        }
    }

    public Long getId() {
        return id;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getDepartment() {
        return department;
    }

    public int getFeeScheduleVersion() {
        return feeScheduleVersion;
    }

    public boolean isComputed() {
        return computed;
    }

    public BigDecimal getMaterials() {
        return materials;
    }

    public BigDecimal getLabour() {
        return labour;
    }

    public BigDecimal getTravel() {
        return travel;
    }

    public BigDecimal getTax() {
        return tax;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public BigDecimal getMarkup() {
        return markup;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public String getDiscountReason() {
        return discountReason;
    }

    public Payer getPayer() {
        return payer;
    }

    public BigDecimal getCustomerPays() {
        return customerPays;
    }

    public QuoteState getState() {
        return state;
    }

    public String getQuotedBy() {
        return quotedBy;
    }

    public Instant getQuotedAt() {
        return quotedAt;
    }

    public AcceptanceMethod getAcceptanceMethod() {
        return acceptanceMethod;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptanceRecordedBy() {
        return acceptanceRecordedBy;
    }

    public byte[] getSignaturePng() {
        return signaturePng;
    }

    public Instant getDeclinedAt() {
        return declinedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public List<QuoteLine> getLines() {
        return List.copyOf(lines);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("ticketNumber", ticketNumber);
        s.put("feeSchedule", String.valueOf(feeScheduleVersion));
        s.put("cost", cost == null ? null : cost.toPlainString());
        s.put("total", total == null ? null : total.toPlainString());
        s.put("discount", discount == null ? null : discount.toPlainString());
        s.put("discountReason", discountReason);
        s.put("policy", policyCode);
        s.put("policyDiscount", policyDiscount == null ? null : policyDiscount.toPlainString());
        s.put("discountApprovedBy", discountApprovedBy);
        s.put("payer", payer == null ? null : payer.name());
        s.put("payerReason", payerReason);
        s.put("customerPays", customerPays == null ? null : customerPays.toPlainString());
        s.put("state", state == null ? null : state.name());
        s.put("acceptedBy", acceptedBy);
        s.put("acceptanceMethod", acceptanceMethod == null ? null : acceptanceMethod.name());
        return s;
    }
}
