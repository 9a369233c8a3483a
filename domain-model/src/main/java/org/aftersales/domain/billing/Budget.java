package org.aftersales.domain.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * B5: the after-sales budget of a project department for a year — an amount, or a share of the output
 * value the department enters for the year (e.g. 1 %) — and which of its warnings were given. Each
 * warning ({@link BudgetLevel}) goes to the department's manager once, when the spent cost first
 * reaches its share ({@link #reached}); a budget changed so that a share is no longer reached may warn
 * again.
 */
@Entity
@Table(
        name = "budget",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_budget",
                        columnNames = {"department", "budget_year"}))
@NamedQuery(name = "Budget.of", query = "SELECT b FROM Budget b WHERE b.department = :department AND b.year = :year")
@NamedQuery(name = "Budget.ofYear", query = "SELECT b FROM Budget b WHERE b.year = :year ORDER BY b.department")
public class Budget {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    @Column(name = "budget_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "amount", precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "output_value", precision = 16, scale = 2)
    private BigDecimal outputValue;

    @Column(name = "percent_of_output", precision = 7, scale = 4)
    private BigDecimal percentOfOutput;

    @Column(name = "manager", length = 64)
    private String manager;

    @Column(name = "warned_warning", nullable = false)
    private boolean warnedWarning;

    @Column(name = "warned_exhausted", nullable = false)
    private boolean warnedExhausted;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected Budget() {}

    public Budget(String department, int year) {
        this.department = Objects.requireNonNull(department, "The department is required.");
        this.year = year;
    }

    /**
     * B5: the budget as an amount, or as {@code percentOfOutput} % of {@code outputValue}; exactly one of
     * the two forms (422 otherwise). The warnings already given stay given while their share is still
     * reached with {@code spent}.
     */
    public void set(
            BigDecimal amount,
            BigDecimal outputValue,
            BigDecimal percentOfOutput,
            String manager,
            BigDecimal spent,
            int warningPercent,
            String by,
            Instant at) {
        List<FieldError> errors = new ArrayList<>();
        boolean byAmount = amount != null;
        boolean byShare = outputValue != null || percentOfOutput != null;
        if (byAmount == byShare) {
            errors.add(FieldError.of("amount", "validation.budgetForm"));
        }
        if (byShare && (outputValue == null || percentOfOutput == null)) {
            errors.add(
                    FieldError.of(outputValue == null ? "outputValue" : "percentOfOutput", "validation.budgetShare"));
        }
        for (BigDecimal v : new BigDecimal[] {amount, outputValue, percentOfOutput}) {
            if (v != null && v.signum() < 0) {
                errors.add(FieldError.of("amount", "validation.notNegative"));
                break;
            }
        }
        if (percentOfOutput != null && percentOfOutput.compareTo(HUNDRED) > 0) {
            errors.add(FieldError.of("percentOfOutput", "validation.budgetShare"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        this.amount = byAmount ? Cents.of(amount) : null;
        this.outputValue = byShare ? Cents.of(outputValue) : null;
        this.percentOfOutput = byShare ? percentOfOutput.setScale(4, RoundingMode.HALF_UP) : null;
        this.manager = manager == null || manager.isBlank() ? null : manager.strip();
        List<BudgetLevel> still = reachedLevels(spent, warningPercent);
        warnedWarning &= still.contains(BudgetLevel.WARNING);
        warnedExhausted &= still.contains(BudgetLevel.EXHAUSTED);
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    /** B5: the budget in CNY — the amount, or the share of the output value (half-up to the cent). */
    public BigDecimal budget() {
        if (amount != null) {
            return amount;
        }
        if (outputValue == null || percentOfOutput == null) {
            return Cents.ZERO;
        }
        return Cents.of(outputValue.multiply(percentOfOutput).divide(HUNDRED, 6, RoundingMode.HALF_UP));
    }

    public BigDecimal remaining(BigDecimal spent) {
        return budget().subtract(Cents.orZero(spent));
    }

    /**
     * B5: the warnings {@code spent} calls for that were not given yet, in order; they count as given
     * from now on (each is given once). Nothing is spent → nothing is reached, even of a zero budget.
     */
    public List<BudgetLevel> reached(BigDecimal spent, int warningPercent) {
        List<BudgetLevel> fresh = new ArrayList<>();
        for (BudgetLevel level : reachedLevels(spent, warningPercent)) {
            if (level == BudgetLevel.WARNING && !warnedWarning) {
                warnedWarning = true;
                fresh.add(level);
            } else if (level == BudgetLevel.EXHAUSTED && !warnedExhausted) {
                warnedExhausted = true;
                fresh.add(level);
            }
        }
        return fresh;
    }

    private List<BudgetLevel> reachedLevels(BigDecimal spent, int warningPercent) {
        List<BudgetLevel> levels = new ArrayList<>();
        BigDecimal s = Cents.orZero(spent);
        if (s.signum() <= 0) {
            return levels;
        }
        BigDecimal hundredfold = s.multiply(HUNDRED);
        if (hundredfold.compareTo(budget().multiply(BigDecimal.valueOf(warningPercent))) >= 0) {
            levels.add(BudgetLevel.WARNING);
        }
        if (s.compareTo(budget()) >= 0) {
            levels.add(BudgetLevel.EXHAUSTED);
        }
        return levels;
    }

    /** The share of the budget spent, in whole percent (half-up); null when the budget is zero. */
    public Integer percentSpent(BigDecimal spent) {
        if (budget().signum() == 0) {
            return null;
        }
        return Cents.orZero(spent)
                .multiply(HUNDRED)
                .divide(budget(), 0, RoundingMode.HALF_UP)
                .intValue();
    }

    public Long getId() {
        return id;
    }

    public String getDepartment() {
        return department;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getOutputValue() {
        return outputValue;
    }

    public BigDecimal getPercentOfOutput() {
        return percentOfOutput;
    }

    public String getManager() {
        return manager;
    }

    public boolean isWarnedWarning() {
        return warnedWarning;
    }

    public boolean isWarnedExhausted() {
        return warnedExhausted;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
