package org.aftersales.domain.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * B2 维修报价: quote = cost (materials + labour + travel + tax) + markup (40 % by default, the fee
 * schedule's rate). Every line rounds half-up to the cent on its own (materials per part, labour =
 * hours × rate, tax = rate × (materials + labour + travel), markup = cost × rate), and the sums add the
 * rounded lines, so the printed lines always add up to the total. B3: under warranty the customer pays
 * nothing and the cost is still recorded. B4: a discount lowers what the customer pays, never the cost.
 */
public final class QuotePricing {

    private QuotePricing() {}

    /** A part issued to the ticket, at its issue cost (quantity × average cost, already to the cent). */
    public record Material(String partNumber, int quantity, BigDecimal amount) {}

    /** The schedule's rates that apply to the quote. */
    public record Rates(BigDecimal taxRate, BigDecimal markup) {
        public Rates {
            Objects.requireNonNull(taxRate);
            Objects.requireNonNull(markup);
        }
    }

    /** B2: amounts typed by the agent; a missing tax is taxRate × (materials + labour + travel). */
    public record Typed(BigDecimal materials, BigDecimal labour, BigDecimal travel, BigDecimal tax) {}

    /**
     * B2 from the ticket's records: the parts issued, the hours recorded and the labour rate in force,
     * the travel band's fee for the distance ({@code bandUpToKm} null: no travel), and the on-site fee
     * for on-site work (null: not on site).
     */
    public record Work(
            List<Material> materials,
            BigDecimal hours,
            BigDecimal labourRate,
            Integer distanceKm,
            Integer bandUpToKm,
            BigDecimal travelFee,
            BigDecimal onSiteFee) {}

    /** The outcome: the sums, what the customer pays, and the itemised lines. */
    public record Priced(
            BigDecimal materials,
            BigDecimal labour,
            BigDecimal travel,
            BigDecimal tax,
            BigDecimal cost,
            BigDecimal markup,
            BigDecimal total,
            BigDecimal discount,
            BigDecimal customerPays,
            Payer payer,
            boolean computed,
            List<QuoteLine> lines,
            String policyCode,
            String policyName,
            BigDecimal policyDiscount) {

        /** B4: the part of the discount that is not a policy's (it may need approval). */
        public BigDecimal adHocDiscount() {
            return discount.subtract(policyDiscount);
        }
    }

    /**
     * B4: a discount policy applied to the quote: its code, its name (the reason shown), and either
     * the percent of the total or the amount (never more than the total).
     */
    public record Policy(String code, String name, BigDecimal percent, BigDecimal amount) {
        public Policy {
            Objects.requireNonNull(code);
            if ((percent == null) == (amount == null)) {
                throw new IllegalArgumentException("A policy gives a percent or an amount.");
            }
        }

        /** The policy's discount on the total, half-up to the cent. */
        public BigDecimal on(BigDecimal total) {
            if (percent != null) {
                return Cents.of(total.multiply(percent).divide(new BigDecimal("100")));
            }
            return Cents.of(amount).min(total);
        }
    }

    /** B2 with typed amounts (API.md: 100 + 50 + 30 + 20 = 200, markup 80, total 280). */
    public static Priced typed(Typed typed, Rates rates, BigDecimal discount, Payer payer) {
        return typed(typed, rates, null, discount, payer);
    }

    /** B2 with typed amounts and B4 a discount policy (null: none) beside an ad-hoc discount. */
    public static Priced typed(Typed typed, Rates rates, Policy policy, BigDecimal discount, Payer payer) {
        BigDecimal materials = Cents.orZero(typed.materials());
        BigDecimal labour = Cents.orZero(typed.labour());
        BigDecimal travel = Cents.orZero(typed.travel());
        BigDecimal tax = typed.tax() != null
                ? Cents.of(typed.tax())
                : Cents.times(materials.add(labour).add(travel), rates.taxRate());
        List<QuoteLine> lines = new ArrayList<>();
        lines.add(new QuoteLine(1, QuoteLineCategory.MATERIALS, null, materials));
        lines.add(new QuoteLine(2, QuoteLineCategory.LABOUR, null, labour));
        lines.add(new QuoteLine(3, QuoteLineCategory.TRAVEL, null, travel));
        return finish(materials, labour, travel, tax, rates, policy, discount, payer, false, lines);
    }

    /** B2 from the ticket's records. */
    public static Priced computed(Work work, Rates rates, BigDecimal discount, Payer payer) {
        return computed(work, rates, null, discount, payer);
    }

    /** B2 from the ticket's records and B4 a discount policy (null: none) beside an ad-hoc discount. */
    public static Priced computed(Work work, Rates rates, Policy policy, BigDecimal discount, Payer payer) {
        List<QuoteLine> lines = new ArrayList<>();
        BigDecimal materials = Cents.ZERO;
        for (Material m : work.materials()) {
            BigDecimal amount = Cents.of(m.amount());
            materials = materials.add(amount);
            lines.add(new QuoteLine(
                    lines.size() + 1, QuoteLineCategory.MATERIALS, m.partNumber() + " ×" + m.quantity(), amount));
        }
        BigDecimal hours = work.hours() == null ? BigDecimal.ZERO : work.hours();
        BigDecimal rate = work.labourRate() == null ? Cents.ZERO : work.labourRate();
        BigDecimal labour = Cents.times(hours, rate);
        lines.add(new QuoteLine(
                lines.size() + 1,
                QuoteLineCategory.LABOUR,
                hours.stripTrailingZeros().toPlainString() + " h × "
                        + Cents.of(rate).toPlainString(),
                labour));
        BigDecimal travel = Cents.ZERO;
        if (work.bandUpToKm() != null) {
            BigDecimal fee = Cents.orZero(work.travelFee());
            travel = travel.add(fee);
            lines.add(new QuoteLine(
                    lines.size() + 1,
                    QuoteLineCategory.TRAVEL,
                    work.distanceKm() + " km ≤ " + work.bandUpToKm() + " km",
                    fee));
        }
        if (work.onSiteFee() != null) {
            BigDecimal fee = Cents.of(work.onSiteFee());
            travel = travel.add(fee);
            lines.add(new QuoteLine(lines.size() + 1, QuoteLineCategory.ON_SITE, null, fee));
        }
        BigDecimal tax = Cents.times(materials.add(labour).add(travel), rates.taxRate());
        return finish(materials, labour, travel, tax, rates, policy, discount, payer, true, lines);
    }

    private static Priced finish(
            BigDecimal materials,
            BigDecimal labour,
            BigDecimal travel,
            BigDecimal tax,
            Rates rates,
            Policy policy,
            BigDecimal discount,
            Payer payer,
            boolean computed,
            List<QuoteLine> lines) {
        List<FieldError> errors = new ArrayList<>();
        notNegative("materials", materials, errors);
        notNegative("labour", labour, errors);
        notNegative("travel", travel, errors);
        notNegative("tax", tax, errors);
        BigDecimal cost = materials.add(labour).add(travel).add(tax);
        BigDecimal markup = Cents.times(cost, rates.markup());
        BigDecimal total = cost.add(markup);
        BigDecimal adHoc = Cents.orZero(discount);
        notNegative("discount", adHoc, errors);
        BigDecimal byPolicy = policy == null ? Cents.ZERO : policy.on(total); // B4
        BigDecimal off = adHoc.add(byPolicy);
        if (off.compareTo(total) > 0) {
            errors.add(FieldError.of("discount", "validation.discountAboveTotal", total.toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        lines.add(new QuoteLine(
                lines.size() + 1,
                QuoteLineCategory.TAX,
                rates.taxRate().stripTrailingZeros().toPlainString(),
                tax));
        lines.add(new QuoteLine(
                lines.size() + 1,
                QuoteLineCategory.MARKUP,
                rates.markup().stripTrailingZeros().toPlainString(),
                markup));
        if (byPolicy.signum() > 0) {
            lines.add(new QuoteLine(lines.size() + 1, QuoteLineCategory.POLICY, policy.code(), byPolicy.negate()));
        }
        if (adHoc.signum() > 0) {
            lines.add(new QuoteLine(lines.size() + 1, QuoteLineCategory.DISCOUNT, null, adHoc.negate()));
        }
        BigDecimal pays = payer == Payer.WARRANTY ? Cents.ZERO : total.subtract(off); // B3: free to the customer
        return new Priced(
                materials,
                labour,
                travel,
                tax,
                cost,
                markup,
                total,
                off,
                pays,
                payer,
                computed,
                List.copyOf(lines),
                policy == null ? null : policy.code(),
                policy == null ? null : policy.name(),
                byPolicy);
    }

    private static void notNegative(String field, BigDecimal amount, List<FieldError> errors) {
        if (amount.signum() < 0) {
            errors.add(FieldError.of(field, "validation.amountNotNegative"));
        }
    }
}
