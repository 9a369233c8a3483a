package org.aftersales.web.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aftersales.billing.boundary.Reports;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.DailyReport;
import org.aftersales.domain.billing.DayAndMonth;
import org.aftersales.domain.parts.MovementType;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.shared.rest.MoneyText;

/**
 * B7 经济核算日报: {@code GET /billing/reports/daily?department=YX&day=2026-12-05&servicePoint=BJ} — the
 * figures of the daily economic accounting report (the screen billing/daily-report.xhtml prints and
 * exports them in the form's layout).
 */
@Path("billing/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class ReportResource {

    @EJB
    private Reports reports;

    @Inject
    private BusinessCalendar calendar;

    /** A figure of the day and of the month to date. */
    public record Figure(String day, String monthToDate) {
        static Figure of(DayAndMonth f) {
            return new Figure(MoneyText.format(f.day()), MoneyText.format(f.monthToDate()));
        }
    }

    /** The stock value of the day: yesterday, today, and what each kind of movement moved. */
    public record StockFigures(String yesterday, String today, Map<String, Figure> moved) {}

    /**
     * B7 定额: the month's expense quota (null: none entered), used (day, month to date) and remaining;
     * the fund quota (null: none), the stock it ties up today and what is available (null without one).
     */
    @JsonbNillable
    public record QuotaFigures(
            String expenseQuota,
            Figure expenseUsed,
            String expenseRemaining,
            String fundQuota,
            String fundUsed,
            String fundAvailable) {
        static QuotaFigures of(DailyReport.Quotas q) {
            return new QuotaFigures(
                    MoneyText.format(q.expenseQuota()),
                    Figure.of(q.expenseUsed()),
                    MoneyText.format(q.expenseRemaining()),
                    MoneyText.format(q.fundQuota()),
                    q.fundQuota() == null ? null : MoneyText.format(q.stockToday()),
                    MoneyText.format(q.fundAvailable()));
        }
    }

    @JsonbNillable
    public record Daily(
            String department,
            String servicePoint,
            String day,
            Figure receipts,
            Figure refunds,
            Figure netReceipts,
            Figure charges,
            Map<String, Figure> costs,
            Figure costTotal,
            StockFigures stock,
            Figure overShort,
            QuotaFigures quotas) {

        static Daily of(DailyReport r) {
            Map<String, Figure> costs = new LinkedHashMap<>();
            r.costs().forEach((c, f) -> costs.put(c.name(), Figure.of(f)));
            Map<String, Figure> moved = new LinkedHashMap<>();
            for (MovementType t : MovementType.values()) {
                moved.put(
                        t.name(),
                        new Figure(
                                MoneyText.format(r.stock().today(t)),
                                MoneyText.format(r.stock().monthToDate(t))));
            }
            return new Daily(
                    r.department(),
                    r.servicePoint(),
                    r.day().toString(),
                    Figure.of(r.receipts()),
                    Figure.of(r.refunds()),
                    Figure.of(r.netReceipts()),
                    Figure.of(r.charges()),
                    costs,
                    Figure.of(r.costTotal()),
                    new StockFigures(MoneyText.format(r.stockYesterday()), MoneyText.format(r.stockToday()), moved),
                    Figure.of(r.overShort()),
                    QuotaFigures.of(r.quotas()));
        }
    }

    /** B7: the department's report of the day (today when absent); all service points' stock without one. */
    @GET
    @Path("daily")
    public Daily daily(
            @QueryParam("department") String department,
            @QueryParam("day") String day,
            @QueryParam("servicePoint") String servicePoint) {
        LocalDate date;
        try {
            date = day == null || day.isBlank() ? calendar.today() : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of("day", "validation.date"));
        }
        return Daily.of(reports.daily(department, servicePoint, date));
    }
}
