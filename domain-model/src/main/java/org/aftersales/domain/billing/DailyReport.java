package org.aftersales.domain.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.parts.StockValueDay;

/**
 * B7 经济核算日报 (form SH/BD-05) of a department and day: receipts (money taken, refunds paid out),
 * charges made, the after-sales costs by category, the stock value of the day, the over/short cash of
 * the payment slips received (长短款, 10.3) — each of the day and of the month to date — and the quota
 * block (定额). Costs are the B5 cost bookings (parts at issue cost, labour at the internal rate,
 * travel and allowances, rental and site coordination, return freight) of the tickets resolved in the
 * period.
 */
public record DailyReport(
        String department,
        String servicePoint,
        LocalDate day,
        DayAndMonth receipts,
        DayAndMonth refunds,
        DayAndMonth charges,
        Map<CostCategory, DayAndMonth> costs,
        StockValueDay stock,
        DayAndMonth overShort,
        Quotas quotas)
        implements java.io.Serializable {

    /** B5: the categories of the booked cost, in the paper's order. */
    public static final List<CostCategory> COST_CATEGORIES = List.of(CostCategory.values());

    /**
     * B7 定额: the department's monthly expense quota (费用定额, none entered: null) and what its approved
     * claims filed this month used (day, month to date); the fund quota (资金定额, P6) of the service point
     * (or of all of them) if there is one, against the stock value of today.
     */
    public record Quotas(BigDecimal expenseQuota, DayAndMonth expenseUsed, BigDecimal fundQuota, BigDecimal stockToday)
            implements java.io.Serializable {

        public static final Quotas NONE = new Quotas(null, DayAndMonth.ZERO, null, null);

        public Quotas {
            expenseQuota = expenseQuota == null ? null : Cents.of(expenseQuota);
            expenseUsed = Objects.requireNonNullElse(expenseUsed, DayAndMonth.ZERO);
            fundQuota = fundQuota == null ? null : Cents.of(fundQuota);
            stockToday = Cents.orZero(stockToday);
        }

        /** 费用定额 less the month's use; negative when over; null without a quota. */
        public BigDecimal expenseRemaining() {
            return expenseQuota == null ? null : expenseQuota.subtract(expenseUsed.monthToDate());
        }

        /** 资金定额 less the stock it ties up today; negative when over; null without a quota. */
        public BigDecimal fundAvailable() {
            return fundQuota == null ? null : fundQuota.subtract(stockToday);
        }
    }

    public DailyReport {
        Objects.requireNonNull(department);
        Objects.requireNonNull(day);
        receipts = Objects.requireNonNullElse(receipts, DayAndMonth.ZERO);
        refunds = Objects.requireNonNullElse(refunds, DayAndMonth.ZERO);
        charges = Objects.requireNonNullElse(charges, DayAndMonth.ZERO);
        Map<CostCategory, DayAndMonth> all = new EnumMap<>(CostCategory.class);
        for (CostCategory c : COST_CATEGORIES) {
            all.put(c, costs == null ? DayAndMonth.ZERO : costs.getOrDefault(c, DayAndMonth.ZERO));
        }
        costs = all;
        Objects.requireNonNull(stock);
        overShort = Objects.requireNonNullElse(overShort, DayAndMonth.ZERO);
        quotas = Objects.requireNonNullElse(quotas, Quotas.NONE);
    }

    /** Money kept: receipts less refunds paid out. */
    public DayAndMonth netReceipts() {
        return new DayAndMonth(
                receipts.day().subtract(refunds.day()), receipts.monthToDate().subtract(refunds.monthToDate()));
    }

    /** 合计: the costs of every category. */
    public DayAndMonth costTotal() {
        return costs.values().stream().reduce(DayAndMonth.ZERO, DayAndMonth::plus);
    }

    public DayAndMonth cost(CostCategory category) {
        return costs.getOrDefault(category, DayAndMonth.ZERO);
    }

    public BigDecimal stockYesterday() {
        return stock.yesterday();
    }

    public BigDecimal stockToday() {
        return stock.today();
    }
}
