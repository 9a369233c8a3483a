package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * P6 (SH/BD-06 资金使用情况): the fund quota (资金定额) of a service point — the money its stock may tie
 * up. What is left of it at a month's end is what the service point may spend next month
 * ({@link FundUse}).
 */
@Entity
@NamedQuery(name = "FundQuota.ofPoint", query = "SELECT q FROM FundQuota q WHERE q.servicePoint = :point")
@NamedQuery(name = "FundQuota.all", query = "SELECT q FROM FundQuota q ORDER BY q.servicePoint")
@Table(name = "fund_quota")
public class FundQuota extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_point", nullable = false, unique = true, updatable = false, length = 8)
    private String servicePoint;

    @Column(name = "amount", nullable = false, precision = 16, scale = 2)
    private BigDecimal amount;

    protected FundQuota() {}

    public FundQuota(String servicePoint, BigDecimal amount) {
        this.servicePoint = Objects.requireNonNull(servicePoint);
        change(amount);
    }

    /** A quota is zero or more, to the cent (422 on {@code amount} otherwise). */
    public final void change(BigDecimal amount) {
        if (amount == null) {
            throw new RuleViolationException(FieldError.of("amount", "validation.required"));
        }
        if (amount.signum() < 0) {
            throw new RuleViolationException(FieldError.of("amount", "validation.notNegative"));
        }
        this.amount = amount.setScale(StockRules.MONEY_SCALE, RoundingMode.HALF_UP);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("servicePoint", servicePoint);
        state.put("amount", amount == null ? null : amount.toPlainString());
        return state;
    }
}
