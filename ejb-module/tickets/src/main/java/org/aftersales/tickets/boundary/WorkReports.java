package org.aftersales.tickets.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.tickets.boundary.TicketViews.CategoryTotal;
import org.aftersales.tickets.boundary.TicketViews.WorkLine;
import org.aftersales.tickets.control.WorkReportQueries;
import org.aftersales.tickets.control.WorkTotals;

/**
 * T11: the daily reports (日报) — a technician's work categories and hours of a day, and the service
 * supervisor's totals per category for the department. They add up the work entries written with
 * each service record; nobody types the hours twice. A technician reads only their own day.
 */
@Stateless
@RolesAllowed({Roles.TECHNICIAN, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
public class WorkReports {

    /** A technician's day: the entries by ticket, the totals per category and the hours of the day. */
    public record DayReport(
            String technician, LocalDate date, List<WorkLine> lines, List<CategoryTotal> totals, BigDecimal hours)
            implements Serializable {}

    /** The department over a period: per category (technician null) and per technician and category. */
    public record DepartmentTotals(
            LocalDate from,
            LocalDate to,
            List<CategoryTotal> perCategory,
            List<CategoryTotal> perTechnician,
            BigDecimal hours)
            implements Serializable {}

    @Resource
    private SessionContext context;

    @Inject
    private WorkReportQueries queries;

    /** The day of {@code technician} (the caller when blank); a technician may read only their own. */
    public DayReport day(String technician, LocalDate date) {
        if (date == null) {
            throw new RuleViolationException(FieldError.of("date", "validation.required"));
        }
        Caller caller = Caller.of(context);
        String who = technician == null || technician.isBlank() ? caller.name() : technician.strip();
        if (!caller.isAny(Role.DISPATCHER, Role.MANAGER) && !who.equals(caller.name())) { // ADMIN counts
            throw new EJBAccessException("A technician reads only their own daily report");
        }
        List<WorkLine> lines = queries.day(who, date);
        List<CategoryTotal> totals = WorkTotals.perCategory(who, lines);
        return new DayReport(who, date, lines, totals, WorkTotals.hours(totals));
    }

    /** The supervisor's totals per category for the department, and per technician, over [from, to]. */
    @RolesAllowed({Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public DepartmentTotals totals(LocalDate from, LocalDate to) {
        List<FieldError> errors = WorkTotals.rangeErrors(from, to);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        List<CategoryTotal> perCategory = WorkTotals.sorted(queries.perCategory(from, to));
        return new DepartmentTotals(
                from,
                to,
                perCategory,
                WorkTotals.sorted(queries.perTechnicianAndCategory(from, to)),
                WorkTotals.hours(perCategory));
    }
}
