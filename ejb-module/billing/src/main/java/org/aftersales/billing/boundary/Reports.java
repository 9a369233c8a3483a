package org.aftersales.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aftersales.billing.control.ReportQueries;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.CostCategory;
import org.aftersales.domain.billing.DailyReport;
import org.aftersales.domain.billing.DayAndMonth;
import org.aftersales.domain.billing.ReportPeriod;
import org.aftersales.domain.billing.TicketMargin;
import org.aftersales.domain.billing.WarrantyCost;
import org.aftersales.domain.parts.StockValueDay;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.parts.boundary.FundQuotas;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * B7: the billing reports — the daily economic accounting report (经济核算日报, SH/BD-05) of a
 * department, the warranty cost by model and month, the margin per ticket. Every figure comes from
 * {@link ReportQueries}; the stock value from the parts context's ledger through its boundary.
 */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class Reports {

    /** The longest range of the warranty cost report, in months. */
    public static final int MAX_MONTHS = 24;

    @EJB
    private StockService stock;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private FundQuotas fundQuotas;

    @Inject
    private ReportQueries queries;

    /**
     * B7: the department's report of {@code day} (in the business time zone): receipts, refunds and
     * charges, the booked costs by category (B5), the over/short cash of the payment slips received
     * (10.3), each of the day and the month to date; the stock value of the service point (null or
     * blank: all) yesterday and today; the quotas (expense quota of the month, fund quota).
     */
    public DailyReport daily(String department, String servicePoint, LocalDate day) {
        String dept = department(department);
        if (day == null) {
            throw new RuleViolationException(FieldError.of("day", "validation.required"));
        }
        ReportPeriod p = ReportPeriod.of(day, calendar.zone());
        Map<CostCategory, BigDecimal> before = queries.costsByCategory(dept, p.monthStart(), p.dayStart());
        Map<CostCategory, BigDecimal> today = queries.costsByCategory(dept, p.dayStart(), p.dayEnd());
        Map<CostCategory, DayAndMonth> costs = new EnumMap<>(CostCategory.class);
        for (CostCategory c : DailyReport.COST_CATEGORIES) {
            costs.put(c, DayAndMonth.of(before.get(c), today.get(c)));
        }
        StockValueDay stockDay = stock.stockValueDay(servicePoint, p.monthStart(), p.dayStart(), p.dayEnd());
        // B7 定额: the month's expense quota against the approved claims filed this month; the fund quota
        LocalDate first = day.withDayOfMonth(1);
        DailyReport.Quotas quotas = new DailyReport.Quotas(
                queries.expenseQuota(dept, YearMonth.from(day)).orElse(null),
                DayAndMonth.of(
                        day.equals(first) ? null : queries.expenseUsed(dept, first, day.minusDays(1)),
                        queries.expenseUsed(dept, day, day)),
                fundQuotas.quotaOf(servicePoint),
                stockDay.today());
        return new DailyReport(
                dept,
                Text.optional(servicePoint),
                day,
                DayAndMonth.of(
                        queries.receipts(dept, p.monthStart(), p.dayStart()),
                        queries.receipts(dept, p.dayStart(), p.dayEnd())),
                DayAndMonth.of(
                        queries.refundsPaid(dept, p.monthStart(), p.dayStart()),
                        queries.refundsPaid(dept, p.dayStart(), p.dayEnd())),
                DayAndMonth.of(
                        queries.charges(dept, p.monthStart(), p.dayStart()),
                        queries.charges(dept, p.dayStart(), p.dayEnd())),
                costs,
                stockDay,
                DayAndMonth.of(
                        queries.overShort(dept, p.monthStart(), p.dayStart()),
                        queries.overShort(dept, p.dayStart(), p.dayEnd())),
                quotas);
    }

    /**
     * B7: warranty cost (payer WARRANTY) per month from {@code from} to {@code to} and model, of one
     * department (null or blank: all). More than {@value #MAX_MONTHS} months or {@code to} before
     * {@code from} → 422 on {@code to}.
     */
    public List<WarrantyCost> warrantyCosts(String department, YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new RuleViolationException(FieldError.of(from == null ? "from" : "to", "validation.required"));
        }
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            throw new RuleViolationException(FieldError.of("to", "validation.monthRange", MAX_MONTHS));
        }
        String dept = Text.optional(department) == null ? null : department(department);
        ZoneId zone = calendar.zone();
        List<WarrantyCost> all = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            all.addAll(queries.warrantyCosts(
                    dept,
                    m,
                    m.atDay(1).atStartOfDay(zone).toInstant(),
                    m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
        }
        return all;
    }

    /** B7: the margin (charge − cost) of each of the department's tickets resolved in {@code month}. */
    public PageResult<TicketMargin> margins(String department, YearMonth month, int first, int size) {
        String dept = department(department);
        if (month == null) {
            throw new RuleViolationException(FieldError.of("month", "validation.required"));
        }
        ZoneId zone = calendar.zone();
        return queries.margins(
                dept,
                month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(),
                Math.max(0, first),
                Math.max(1, Math.min(size, 1_000)));
    }

    private static String department(String department) {
        String d = Text.optional(department);
        if (d == null) {
            throw new RuleViolationException(FieldError.of("department", "validation.required"));
        }
        return d.toUpperCase(Locale.ROOT);
    }
}
