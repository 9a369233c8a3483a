package org.aftersales.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/** B7 (费用登记 / 定额): the amount of expense claims a department may spend in one month. */
@Entity
@NamedQuery(
        name = "ExpenseQuota.ofMonth",
        query = "SELECT q FROM ExpenseQuota q WHERE q.month = :month ORDER BY q.department")
@NamedQuery(
        name = "ExpenseQuota.of",
        query = "SELECT q FROM ExpenseQuota q WHERE q.month = :month AND q.department = :department")
@Table(name = "expense_quota")
public class ExpenseQuota extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    /** {@code YYYY-MM}. */
    @Column(name = "quota_month", nullable = false, updatable = false, length = 7)
    private String month;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected ExpenseQuota() {}

    public ExpenseQuota(String department, YearMonth month, BigDecimal amount) {
        this.department = Objects.requireNonNull(department);
        this.month = month.toString();
        change(amount);
    }

    /** The quota of the month; not negative. */
    public void change(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new RuleViolationException(FieldError.of("amount", "validation.positive"));
        }
        this.amount = Cents.of(amount);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("department", department);
        m.put("month", month);
        m.put("amount", amount.toPlainString());
        return m;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getDepartment() {
        return department;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
