package org.aftersales.domain.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * B7 (费用登记 / 定额): a department's expense claims of one month against its monthly quota — the quota
 * (none entered: zero), what approved and paid claims spent, what is pending, what remains (negative
 * when over) and whether it is over.
 */
public record ExpenseRegister(
        String department,
        YearMonth month,
        BigDecimal quota,
        BigDecimal spent,
        BigDecimal pending,
        BigDecimal remaining,
        boolean over) {

    public static ExpenseRegister of(
            String department, YearMonth month, BigDecimal quota, BigDecimal spent, BigDecimal pending) {
        BigDecimal q = Cents.orZero(quota);
        BigDecimal s = Cents.orZero(spent);
        BigDecimal remaining = q.subtract(s);
        return new ExpenseRegister(department, month, q, s, Cents.orZero(pending), remaining, remaining.signum() < 0);
    }

    /**
     * The register of a month: one row per department that has a quota or a claim, in department
     * order.
     */
    public static List<ExpenseRegister> of(
            YearMonth month,
            Map<String, BigDecimal> quotas,
            Map<String, BigDecimal> spent,
            Map<String, BigDecimal> pending) {
        TreeSet<String> departments = new TreeSet<>(quotas.keySet());
        departments.addAll(spent.keySet());
        departments.addAll(pending.keySet());
        List<ExpenseRegister> rows = new ArrayList<>();
        for (String d : departments) {
            rows.add(of(d, month, quotas.get(d), spent.get(d), pending.get(d)));
        }
        return rows;
    }
}
