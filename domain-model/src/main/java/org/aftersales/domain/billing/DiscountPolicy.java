package org.aftersales.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * B4 收费政策与优惠: a discount policy kept as data by FINANCE or a manager — for seniors, key customers,
 * contract customers or a promotion period — as a percentage of the quote's total or a fixed amount.
 * A policy is itself the approval of the discounts it gives: applied to a quote, it needs no further
 * approval; an ad-hoc discount beside it still does above the setting.
 * Invariants: exactly one of percent (0 < p ≤ 100) and amount (> 0); a promotion has both dates; the
 * end is not before the start.
 */
@Entity
@Table(name = "discount_policy")
@NamedQuery(name = "DiscountPolicy.all", query = "SELECT p FROM DiscountPolicy p ORDER BY p.code")
public class DiscountPolicy extends AuditedEntity {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Id
    @Column(name = "code", nullable = false, updatable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DiscountPolicyKind kind;

    @Column(name = "percent", precision = 5, scale = 2)
    private BigDecimal percent;

    @Column(name = "amount", precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected DiscountPolicy() {}

    public DiscountPolicy(String code, Terms terms) {
        if (code == null || code.isBlank()) {
            throw new RuleViolationException(FieldError.of("code", "validation.required"));
        }
        this.code = code.strip();
        change(terms);
    }

    /** What a policy says. */
    public record Terms(
            String name,
            DiscountPolicyKind kind,
            BigDecimal percent,
            BigDecimal amount,
            LocalDate validFrom,
            LocalDate validUntil,
            boolean active) {}

    /** B4: changes the policy (422 with every broken rule). */
    public void change(Terms terms) {
        List<FieldError> errors = new ArrayList<>();
        if (terms.name() == null || terms.name().isBlank()) {
            errors.add(FieldError.of("name", "validation.required"));
        }
        if (terms.kind() == null) {
            errors.add(FieldError.of("kind", "validation.required"));
        }
        if ((terms.percent() == null) == (terms.amount() == null)) {
            errors.add(FieldError.of("percent", "validation.policyPercentOrAmount"));
        } else if (terms.percent() != null
                && (terms.percent().signum() <= 0 || terms.percent().compareTo(HUNDRED) > 0)) {
            errors.add(FieldError.of("percent", "validation.policyPercent"));
        } else if (terms.amount() != null && terms.amount().signum() <= 0) {
            errors.add(FieldError.of("amount", "validation.amountPositive"));
        }
        if (terms.kind() == DiscountPolicyKind.PROMOTION && (terms.validFrom() == null || terms.validUntil() == null)) {
            errors.add(FieldError.of("validUntil", "validation.promotionDates"));
        }
        if (terms.validFrom() != null
                && terms.validUntil() != null
                && terms.validUntil().isBefore(terms.validFrom())) {
            errors.add(FieldError.of("validUntil", "validation.untilBeforeFrom"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        this.name = terms.name().strip();
        this.kind = terms.kind();
        this.percent = terms.percent() == null ? null : terms.percent().setScale(2, java.math.RoundingMode.HALF_UP);
        this.amount = Cents.of(terms.amount());
        this.validFrom = terms.validFrom();
        this.validUntil = terms.validUntil();
        this.active = terms.active();
    }

    /** B4: whether the policy may be applied on that day (active, within its dates). */
    public boolean inForce(LocalDate on) {
        Objects.requireNonNull(on);
        return active
                && (validFrom == null || !on.isBefore(validFrom))
                && (validUntil == null || !on.isAfter(validUntil));
    }

    /**
     * B4: the discount on a quote's total on that day: percent × total rounded half-up to the cent, or
     * the amount but never more than the total. Not in force → 409.
     */
    public BigDecimal discountOn(BigDecimal total, LocalDate on) {
        if (!inForce(on)) {
            throw new ConflictException("error.policyNotInForce", code);
        }
        BigDecimal base = Cents.orZero(total);
        if (percent != null) {
            return Cents.of(base.multiply(percent).divide(HUNDRED));
        }
        return amount.min(base);
    }

    @Override
    public String getId() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public DiscountPolicyKind getKind() {
        return kind;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("kind", kind == null ? null : kind.name());
        s.put("percent", percent == null ? null : percent.toPlainString());
        s.put("amount", amount == null ? null : amount.toPlainString());
        s.put("validFrom", validFrom == null ? null : validFrom.toString());
        s.put("validUntil", validUntil == null ? null : validUntil.toString());
        s.put("active", String.valueOf(active));
        return s;
    }
}
