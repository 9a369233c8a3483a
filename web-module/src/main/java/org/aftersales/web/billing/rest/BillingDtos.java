package org.aftersales.web.billing.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.aftersales.billing.boundary.BillingViews;
import org.aftersales.billing.boundary.BillingViews.ChargeView;
import org.aftersales.billing.boundary.BillingViews.FeeScheduleView;
import org.aftersales.billing.boundary.BillingViews.QuoteView;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.MoneyText;

/** The JSON of billing (API.md, "Billing"): money as strings with two decimals, rates as decimal strings. */
public final class BillingDtos {

    private BillingDtos() {}

    private static final String DATA_URL = "data:image/png;base64,";
    private static final int MAX_SIGNATURE_BYTES = 256 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    public record LabourRate(String serviceKind, String faultLevel, String perHour) {}

    public record TravelBand(Integer upToKm, String fee) {}

    /** {@code PUT /fee-schedules/{version}}. */
    public record FeeScheduleBody(
            String validFrom,
            String taxRate,
            String markup,
            String onSiteFee,
            String inspectionFee,
            List<LabourRate> labourRates,
            List<TravelBand> travelBands) {

        /**
         * The boundary's input; API.md's {@code "serviceKind": "REPAIR"} names both repair kinds (on site
         * and carry-in) at that rate.
         */
        BillingViews.FeeScheduleInput input() {
            List<BillingViews.LabourRateInput> rates = null;
            if (labourRates != null) {
                rates = new ArrayList<>();
                for (int i = 0; i < labourRates.size(); i++) {
                    LabourRate r = labourRates.get(i);
                    if (r == null) {
                        rates.add(null);
                        continue;
                    }
                    String field = "labourRates[" + i + "]";
                    FaultLevel level = EnumParser.one(FaultLevel.class, r.faultLevel(), field + ".faultLevel", null);
                    BigDecimal perHour = MoneyText.parse(r.perHour(), field + ".perHour");
                    if ("REPAIR".equals(r.serviceKind())) {
                        rates.add(new BillingViews.LabourRateInput(ServiceKind.ONSITE_REPAIR, level, perHour));
                        rates.add(new BillingViews.LabourRateInput(ServiceKind.CARRY_IN_REPAIR, level, perHour));
                    } else {
                        rates.add(new BillingViews.LabourRateInput(
                                EnumParser.one(ServiceKind.class, r.serviceKind(), field + ".serviceKind", null),
                                level,
                                perHour));
                    }
                }
            }
            List<BillingViews.TravelBandInput> bands = null;
            if (travelBands != null) {
                bands = new ArrayList<>();
                for (int i = 0; i < travelBands.size(); i++) {
                    TravelBand b = travelBands.get(i);
                    bands.add(
                            b == null
                                    ? null
                                    : new BillingViews.TravelBandInput(
                                            b.upToKm(), MoneyText.parse(b.fee(), "travelBands[" + i + "].fee")));
                }
            }
            return new BillingViews.FeeScheduleInput(
                    org.aftersales.web.shared.rest.QueryDates.optional(validFrom, "validFrom"),
                    rate(taxRate, "taxRate"),
                    rate(markup, "markup"),
                    MoneyText.parse(onSiteFee, "onSiteFee"),
                    MoneyText.parse(inspectionFee, "inspectionFee"),
                    rates,
                    bands);
        }
    }

    /** A rate as a decimal string ("0.06"), at most four decimals. */
    static BigDecimal rate(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.scale() > 4 || value.precision() - value.scale() > 2) {
                throw new NumberFormatException(text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RuleViolationException(FieldError.of(field, "validation.rateFormat"));
        }
    }

    @JsonbNillable
    public record FeeSchedule(
            int version,
            String validFrom,
            String taxRate,
            String markup,
            String onSiteFee,
            String inspectionFee,
            String state,
            boolean inForce,
            String decidedBy,
            String decidedAt,
            List<LabourRate> labourRates,
            List<TravelBand> travelBands) {
        static FeeSchedule of(FeeScheduleView f, ZoneId zone) {
            return new FeeSchedule(
                    f.version(),
                    f.validFrom().toString(),
                    f.taxRate().toPlainString(),
                    f.markup().toPlainString(),
                    MoneyText.format(f.onSiteFee()),
                    MoneyText.format(f.inspectionFee()),
                    f.state().name(),
                    f.inForce(),
                    f.decidedBy(),
                    ApiTime.format(f.decidedAt(), zone),
                    f.labourRates().stream()
                            .map(r -> new LabourRate(
                                    r.serviceKind().name(), r.faultLevel().name(), MoneyText.format(r.perHour())))
                            .toList(),
                    f.travelBands().stream()
                            .map(b -> new TravelBand(b.upToKm(), MoneyText.format(b.fee())))
                            .toList());
        }
    }

    /** {@code POST /tickets/{number}/quote}: the amounts, or {@code {}} to compute them. */
    public record QuoteBody(
            String materials,
            String labour,
            String travel,
            String tax,
            String discount,
            String discountReason,
            String policy) {
        BillingViews.QuoteInput input() {
            return new BillingViews.QuoteInput(
                    MoneyText.parse(materials, "materials"),
                    MoneyText.parse(labour, "labour"),
                    MoneyText.parse(travel, "travel"),
                    MoneyText.parse(tax, "tax"),
                    MoneyText.parse(discount, "discount"),
                    discountReason,
                    policy);
        }
    }

    /** {@code POST /tickets/{number}/quote/acceptance}. */
    public record AcceptanceBody(String method, String by, String at, String signature) {}

    /** {@code POST /tickets/{number}/quote/declination}. */
    public record DeclinationBody(String reason) {}

    /** B3: the signature pad's image as a data URL ({@code data:image/png;base64,…}), at most 256 KB. */
    static byte[] signature(String dataUrl) {
        if (dataUrl == null || dataUrl.isBlank()) {
            return null;
        }
        try {
            if (!dataUrl.startsWith(DATA_URL)) {
                throw new IllegalArgumentException("not a PNG data URL");
            }
            byte[] png = Base64.getDecoder()
                    .decode(dataUrl.substring(DATA_URL.length()).strip());
            if (png.length > MAX_SIGNATURE_BYTES || png.length < PNG.length) {
                throw new IllegalArgumentException("size");
            }
            for (int i = 0; i < PNG.length; i++) {
                if (png[i] != PNG[i]) {
                    throw new IllegalArgumentException("not a PNG");
                }
            }
            return png;
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(FieldError.of("signature", "validation.signature"));
        }
    }

    public record Line(String category, String description, String amount) {}

    @JsonbNillable
    public record Quote(
            String cost,
            String markup,
            String total,
            String payer,
            String state,
            String customerPays,
            List<Line> lines,
            int feeSchedule,
            String ticketNumber,
            String materials,
            String labour,
            String travel,
            String tax,
            String discount,
            String discountReason,
            boolean computed,
            String quotedBy,
            String quotedAt,
            String acceptanceMethod,
            String acceptedBy,
            String acceptedAt,
            String acceptanceRecordedBy,
            boolean signed,
            String declinedAt,
            String declineReason,
            String currency,
            String payerReason,
            String policy,
            String policyReason,
            String policyDiscount,
            String discountApprovedBy) {
        static Quote of(QuoteView q, ZoneId zone) {
            return new Quote(
                    MoneyText.format(q.cost()),
                    MoneyText.format(q.markup()),
                    MoneyText.format(q.total()),
                    q.payer().name(),
                    q.state().name(),
                    MoneyText.format(q.customerPays()),
                    q.lines().stream()
                            .map(l -> new Line(l.category().name(), l.description(), MoneyText.format(l.amount())))
                            .toList(),
                    q.feeSchedule(),
                    q.ticketNumber(),
                    MoneyText.format(q.materials()),
                    MoneyText.format(q.labour()),
                    MoneyText.format(q.travel()),
                    MoneyText.format(q.tax()),
                    MoneyText.format(q.discount()),
                    q.discountReason(),
                    q.computed(),
                    q.quotedBy(),
                    ApiTime.format(q.quotedAt(), zone),
                    q.acceptanceMethod() == null ? null : q.acceptanceMethod().name(),
                    q.acceptedBy(),
                    ApiTime.format(q.acceptedAt(), zone),
                    q.acceptanceRecordedBy(),
                    q.signed(),
                    ApiTime.format(q.declinedAt(), zone),
                    q.declineReason(),
                    "CNY",
                    q.payerReasonKey() == null
                            ? null
                            : org.aftersales.web.shared.i18n.Messages.get(
                                    org.aftersales.web.shared.i18n.Messages.CHINESE,
                                    q.payerReasonKey(),
                                    q.payerReasonArgs()), // W4: why the customer pays (or not)
                    q.policyCode(),
                    q.policyReason(),
                    MoneyText.format(q.policyDiscount()),
                    q.discountApprovedBy());
        }
    }

    /** {@code POST /charges/{number}/payments}. */
    public record PaymentBody(String amount, String method) {}

    /** {@code POST /charges/{number}/refunds}. */
    public record RefundBody(String amount, String reason) {}

    @JsonbNillable
    public record Payment(int lineNo, String amount, String method, Integer refundNo, String at, String recordedBy) {}

    @JsonbNillable
    public record Refund(
            int refundNo,
            String subject,
            String amount,
            String reason,
            String state,
            String requestedBy,
            String requestedAt,
            String decidedBy,
            String decidedAt) {}

    @JsonbNillable
    public record Charge(
            String number,
            String ticketNumber,
            String total,
            String paid,
            String balance,
            String refunded,
            String currency,
            List<Payment> payments,
            List<Refund> refunds,
            String policy,
            String discountApprovedBy) {
        static Charge of(ChargeView c, ZoneId zone) {
            return new Charge(
                    c.number(),
                    c.ticketNumber(),
                    MoneyText.format(c.total()),
                    MoneyText.format(c.paid()),
                    MoneyText.format(c.balance()),
                    MoneyText.format(c.refunded()),
                    "CNY",
                    c.payments().stream()
                            .map(p -> new Payment(
                                    p.lineNo(),
                                    MoneyText.format(p.amount()),
                                    p.method() == null ? null : p.method().name(),
                                    p.refundNo(),
                                    ApiTime.format(p.at(), zone),
                                    p.recordedBy()))
                            .toList(),
                    c.refunds().stream()
                            .map(r -> new Refund(
                                    r.refundNo(),
                                    r.subject(),
                                    MoneyText.format(r.amount()),
                                    r.reason(),
                                    r.state().name(),
                                    r.requestedBy(),
                                    ApiTime.format(r.requestedAt(), zone),
                                    r.decidedBy(),
                                    ApiTime.format(r.decidedAt(), zone)))
                            .toList(),
                    c.policyCode(), // B4: traceable to its quote (the ticket's), policy and approver
                    c.discountApprovedBy());
        }
    }
}
