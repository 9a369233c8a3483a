package org.aftersales.billing.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.billing.AcceptanceMethod;
import org.aftersales.domain.billing.Charge;
import org.aftersales.domain.billing.ChargePayment;
import org.aftersales.domain.billing.ChargePaymentMethod;
import org.aftersales.domain.billing.FeeSchedule;
import org.aftersales.domain.billing.FeeScheduleState;
import org.aftersales.domain.billing.LabourRate;
import org.aftersales.domain.billing.Payer;
import org.aftersales.domain.billing.Quote;
import org.aftersales.domain.billing.QuoteLine;
import org.aftersales.domain.billing.QuoteLineCategory;
import org.aftersales.domain.billing.QuoteState;
import org.aftersales.domain.billing.Refund;
import org.aftersales.domain.billing.RefundState;
import org.aftersales.domain.billing.TravelBand;
import org.aftersales.domain.shared.SingleLine;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;

/**
 * What the billing boundaries take and give; never entities. The amounts' rules (not negative, rates
 * in range, at most the balance) are the aggregates' own (FeeSchedule, QuotePricing, Charge).
 */
public final class BillingViews {

    private BillingViews() {}

    /** B1: a labour rate per hour of one service kind and fault level. */
    public record LabourRateInput(
            @NotNull ServiceKind serviceKind,
            @NotNull FaultLevel faultLevel,
            @NotNull BigDecimal perHour) implements Serializable {}

    /** B1: the travel fee up to a distance. */
    public record TravelBandInput(
            @NotNull Integer upToKm, @NotNull BigDecimal fee) implements Serializable {}

    /** B1: a version of the fee schedule as FINANCE enters it. */
    public record FeeScheduleInput(
            @NotNull LocalDate validFrom,
            @NotNull BigDecimal taxRate,
            @NotNull BigDecimal markup,
            @NotNull BigDecimal onSiteFee,
            BigDecimal inspectionFee,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid LabourRateInput> labourRates,
            @NotNull @Size(max = 50) List<@NotNull @Valid TravelBandInput> travelBands)
            implements Serializable {}

    public record LabourRateView(ServiceKind serviceKind, FaultLevel faultLevel, BigDecimal perHour)
            implements Serializable {
        static LabourRateView of(LabourRate r) {
            return new LabourRateView(r.getServiceKind(), r.getFaultLevel(), r.getPerHour());
        }
    }

    public record TravelBandView(int upToKm, BigDecimal fee) implements Serializable {
        static TravelBandView of(TravelBand b) {
            return new TravelBandView(b.getUpToKm(), b.getFee());
        }
    }

    /** B1: a version of the schedule; {@code inForce}: the one quotes use today. */
    public record FeeScheduleView(
            int version,
            LocalDate validFrom,
            BigDecimal taxRate,
            BigDecimal markup,
            BigDecimal onSiteFee,
            BigDecimal inspectionFee,
            FeeScheduleState state,
            boolean inForce,
            String decidedBy,
            Instant decidedAt,
            String decisionReason,
            List<LabourRateView> labourRates,
            List<TravelBandView> travelBands)
            implements Serializable {
        static FeeScheduleView of(FeeSchedule f, boolean inForce) {
            return new FeeScheduleView(
                    f.getScheduleVersion(),
                    f.getValidFrom(),
                    f.getTaxRate(),
                    f.getMarkup(),
                    f.getOnSiteFee(),
                    f.getInspectionFee(),
                    f.getState(),
                    inForce,
                    f.getDecidedBy(),
                    f.getDecidedAt(),
                    f.getDecisionReason(),
                    f.getLabourRates().stream().map(LabourRateView::of).toList(),
                    f.getTravelBands().stream().map(TravelBandView::of).toList());
        }
    }

    /**
     * B2: the quote's amounts as typed, or none of materials/labour/travel/tax to compute them from the
     * ticket's records; B4: an optional discount with its reason.
     */
    public record QuoteInput(
            BigDecimal materials,
            BigDecimal labour,
            BigDecimal travel,
            BigDecimal tax,
            BigDecimal discount,
            @Size(max = 500) String discountReason,
            @Size(max = 32) String policy)
            implements Serializable {

        /** Without a discount policy (B4). */
        public QuoteInput(
                BigDecimal materials,
                BigDecimal labour,
                BigDecimal travel,
                BigDecimal tax,
                BigDecimal discount,
                String discountReason) {
            this(materials, labour, travel, tax, discount, discountReason, null);
        }

        public boolean typed() {
            return materials != null || labour != null || travel != null || tax != null;
        }
    }

    /** B3: the customer's consent — a signature (PNG) or by phone (who, when; the caller recorded it). */
    public record AcceptanceInput(
            @NotNull AcceptanceMethod method,
            @NotBlank @Size(max = 100) @SingleLine String by,
            Instant at,
            byte[] signature)
            implements Serializable {}

    public record LineView(int lineNo, QuoteLineCategory category, String description, BigDecimal amount)
            implements Serializable {
        static LineView of(QuoteLine l) {
            return new LineView(l.getLineNo(), l.getCategory(), l.getDescription(), l.getAmount());
        }
    }

    public record QuoteView(
            String ticketNumber,
            QuoteState state,
            Payer payer,
            BigDecimal materials,
            BigDecimal labour,
            BigDecimal travel,
            BigDecimal tax,
            BigDecimal cost,
            BigDecimal markup,
            BigDecimal total,
            BigDecimal discount,
            String discountReason,
            BigDecimal customerPays,
            int feeSchedule,
            boolean computed,
            List<LineView> lines,
            String quotedBy,
            Instant quotedAt,
            AcceptanceMethod acceptanceMethod,
            String acceptedBy,
            Instant acceptedAt,
            String acceptanceRecordedBy,
            boolean signed,
            Instant declinedAt,
            String declineReason,
            String payerReasonKey,
            List<String> payerReasonArgs,
            String policyCode,
            String policyReason,
            BigDecimal policyDiscount,
            String discountApprovedBy)
            implements Serializable {
        static QuoteView of(Quote q) {
            String[] reason =
                    q.getPayerReason() == null ? null : q.getPayerReason().split("\\|", -1);
            return new QuoteView(
                    q.getTicketNumber(),
                    q.getState(),
                    q.getPayer(),
                    q.getMaterials(),
                    q.getLabour(),
                    q.getTravel(),
                    q.getTax(),
                    q.getCost(),
                    q.getMarkup(),
                    q.getTotal(),
                    q.getDiscount(),
                    q.getDiscountReason(),
                    q.getCustomerPays(),
                    q.getFeeScheduleVersion(),
                    q.isComputed(),
                    q.getLines().stream().map(LineView::of).toList(),
                    q.getQuotedBy(),
                    q.getQuotedAt(),
                    q.getAcceptanceMethod(),
                    q.getAcceptedBy(),
                    q.getAcceptedAt(),
                    q.getAcceptanceRecordedBy(),
                    q.getAcceptanceMethod() == AcceptanceMethod.SIGNATURE,
                    q.getDeclinedAt(),
                    q.getDeclineReason(),
                    reason == null ? null : reason[0],
                    reason == null ? List.of() : List.of(reason).subList(1, reason.length),
                    q.getPolicyCode(),
                    q.getPolicyReason(),
                    q.getPolicyDiscount(),
                    q.getDiscountApprovedBy());
        }
    }

    /** 10.3: a payment of a charge. */
    public record PaymentInput(
            @NotNull BigDecimal amount, @NotNull ChargePaymentMethod method) implements Serializable {}

    /** W6: a refund asked for, with its reason. */
    public record RefundInput(
            @NotNull BigDecimal amount,
            @NotBlank @Size(max = 500) String reason) implements Serializable {}

    public record PaymentView(
            int lineNo, BigDecimal amount, ChargePaymentMethod method, Integer refundNo, Instant at, String recordedBy)
            implements Serializable {
        static PaymentView of(ChargePayment p) {
            return new PaymentView(
                    p.getLineNo(), p.getAmount(), p.getMethod(), p.getRefundNo(), p.getAt(), p.getRecordedBy());
        }
    }

    public record RefundView(
            int refundNo,
            String subject,
            BigDecimal amount,
            String reason,
            RefundState state,
            String requestedBy,
            Instant requestedAt,
            String decidedBy,
            Instant decidedAt,
            String decisionReason)
            implements Serializable {
        static RefundView of(Refund r) {
            return new RefundView(
                    r.getRefundNo(),
                    r.subject(),
                    r.getAmount(),
                    r.getReason(),
                    r.getState(),
                    r.getRequestedBy(),
                    r.getRequestedAt(),
                    r.getDecidedBy(),
                    r.getDecidedAt(),
                    r.getDecisionReason());
        }
    }

    /** 10.3 收费单: total, received, refunded, balance, and every line. */
    public record ChargeView(
            String number,
            String ticketNumber,
            String department,
            BigDecimal total,
            BigDecimal paid,
            BigDecimal refunded,
            BigDecimal balance,
            List<PaymentView> payments,
            List<RefundView> refunds,
            Instant createdAt,
            String createdBy,
            long quoteId,
            String policyCode,
            String discountApprovedBy)
            implements Serializable {
        static ChargeView of(Charge c) {
            return new ChargeView(
                    c.getNumber(),
                    c.getTicketNumber(),
                    c.getDepartment(),
                    c.getTotal(),
                    c.getPaid(),
                    c.getRefunded(),
                    c.balance(),
                    c.getPayments().stream().map(PaymentView::of).toList(),
                    c.getRefunds().stream().map(RefundView::of).toList(),
                    c.getCreatedAt(),
                    c.getCreatedBy(),
                    c.getQuoteId(),
                    c.getPolicyCode(),
                    c.getDiscountApprovedBy());
        }
    }
}
