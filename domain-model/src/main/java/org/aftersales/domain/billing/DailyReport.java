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
 * charges made, the after-sales costs by category and the stock value of the day — each of the day and
 * of the month to date. Costs are the cost lines (materials, labour, travel, on-site, tax: the quote's
 * cost, B2) of the quotes of tickets resolved in the period.
 */
public record DailyReport(
        String department,
        String servicePoint,
        LocalDate day,
        DayAndMonth receipts,
        DayAndMonth refunds,
        DayAndMonth charges,
        Map<QuoteLineCategory, DayAndMonth> costs,
        StockValueDay stock)
        implements java.io.Serializable {

    /** B2: the lines of a quote that make its cost (the markup and the discount do not). */
    public static final List<QuoteLineCategory> COST_CATEGORIES = List.of(
            QuoteLineCategory.MATERIALS,
            QuoteLineCategory.LABOUR,
            QuoteLineCategory.TRAVEL,
            QuoteLineCategory.ON_SITE,
            QuoteLineCategory.TAX);

    public DailyReport {
        Objects.requireNonNull(department);
        Objects.requireNonNull(day);
        receipts = Objects.requireNonNullElse(receipts, DayAndMonth.ZERO);
        refunds = Objects.requireNonNullElse(refunds, DayAndMonth.ZERO);
        charges = Objects.requireNonNullElse(charges, DayAndMonth.ZERO);
        Map<QuoteLineCategory, DayAndMonth> all = new EnumMap<>(QuoteLineCategory.class);
        for (QuoteLineCategory c : COST_CATEGORIES) {
            all.put(c, costs == null ? DayAndMonth.ZERO : costs.getOrDefault(c, DayAndMonth.ZERO));
        }
        costs = all;
        Objects.requireNonNull(stock);
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

    public DayAndMonth cost(QuoteLineCategory category) {
        return costs.getOrDefault(category, DayAndMonth.ZERO);
    }

    public BigDecimal stockYesterday() {
        return stock.yesterday();
    }

    public BigDecimal stockToday() {
        return stock.today();
    }
}
