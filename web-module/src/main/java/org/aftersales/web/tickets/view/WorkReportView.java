package org.aftersales.web.tickets.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.tickets.boundary.TicketViews.CategoryTotal;
import org.aftersales.tickets.boundary.TicketViews.WorkLine;
import org.aftersales.tickets.boundary.WorkReports;
import org.aftersales.tickets.boundary.WorkReports.DayReport;
import org.aftersales.tickets.boundary.WorkReports.DepartmentTotals;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.omnifaces.cdi.Param;
import org.primefaces.model.StreamedContent;

/**
 * T11: the daily report (日报) — a technician's work categories and hours of a day; for the
 * dispatchers and managers any technician's day and the department's totals per category (and per
 * technician and category) over a period. Both tables go to Excel.
 */
@Named
@ViewScoped
public class WorkReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WorkReports reports;

    @EJB
    private UserService users;

    @Inject
    private CurrentUser currentUser;

    private boolean supervisor;
    private Map<String, String> technicianNames = new LinkedHashMap<>();

    /** ?date= and ?technician= of a link to the report, read when the view is created. */
    @Inject
    @Param(name = "date")
    private String dateParam;

    @Inject
    @Param(name = "technician")
    private String technicianParam;

    private String technician;
    private LocalDate date;
    private DayReport day;

    private LocalDate from;
    private LocalDate to;
    private DepartmentTotals totals;

    @PostConstruct
    void init() {
        supervisor =
                currentUser.has(Roles.DISPATCHER) || currentUser.has(Roles.MANAGER) || currentUser.has(Roles.ADMIN);
        technician = currentUser.getUsername();
        date = parse(dateParam);
        if (supervisor) {
            for (StaffMember s : users.staffWith(Role.TECHNICIAN)) {
                technicianNames.put(s.username(), s.displayName());
            }
            if (technicianParam != null && !technicianParam.isBlank()) {
                technician = technicianParam.strip();
            } else if (!technicianNames.containsKey(technician) && !technicianNames.isEmpty()) {
                technician = technicianNames.keySet().iterator().next();
            }
            from = date;
            to = date;
            showTotals();
        }
        showDay();
    }

    private LocalDate parse(String iso) {
        try {
            return iso == null || iso.isBlank() ? currentUser.today() : LocalDate.parse(iso.strip());
        } catch (DateTimeParseException e) {
            return currentUser.today();
        }
    }

    public void showDay() {
        try {
            day = reports.day(supervisor ? technician : currentUser.getUsername(), date);
        } catch (RuleViolationException e) {
            day = null;
            Feedback.failed(e, "dayForm");
        }
    }

    public void showTotals() {
        try {
            totals = reports.totals(from, to);
        } catch (RuleViolationException e) {
            totals = null;
            Feedback.failed(e, "totalsForm");
        }
    }

    /** Hours as people write them: 2.5, not 2.50. */
    public String hours(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }

    public String name(String username) {
        String name = technicianNames.get(username);
        return name == null ? username : name + " (" + username + ")";
    }

    public StreamedContent getExportDay() {
        List<WorkLine> lines = day == null ? List.of() : day.lines();
        return ExcelExport.of(
                "work-report-" + (day == null ? technician : day.technician()),
                currentUser.getZone(),
                Feedback.text("workReport.day"),
                List.of(
                        Feedback.text("workReport.date"),
                        Feedback.text("workReport.technician"),
                        Feedback.text("workReport.ticket"),
                        Feedback.text("workReport.category"),
                        Feedback.text("workReport.hours")),
                (first, size) -> slice(lines, first, size),
                l -> List.of(
                        l.date().toString(),
                        name(l.technician()),
                        l.ticketNumber(),
                        Feedback.text("serviceKind." + l.category().name()),
                        hours(l.hours())),
                lines.size());
    }

    /** The department's totals: per technician and category, then the department per category. */
    public StreamedContent getExportTotals() {
        List<CategoryTotal> rows = new ArrayList<>();
        if (totals != null) {
            rows.addAll(totals.perTechnician());
            rows.addAll(totals.perCategory());
        }
        String period = totals == null ? "" : totals.from() + "_" + totals.to();
        return ExcelExport.of(
                "work-totals-" + period,
                currentUser.getZone(),
                Feedback.text("workReport.department"),
                List.of(
                        Feedback.text("workReport.technician"), Feedback.text("workReport.category"),
                        Feedback.text("workReport.tickets"), Feedback.text("workReport.hours")),
                (first, size) -> slice(rows, first, size),
                t -> List.of(
                        t.technician() == null ? Feedback.text("workReport.departmentTotal") : name(t.technician()),
                        Feedback.text("serviceKind." + t.category().name()),
                        String.valueOf(t.tickets()),
                        hours(t.hours())),
                rows.size());
    }

    private static <T> PageResult<T> slice(List<T> all, int first, int size) {
        int start = Math.min(first, all.size());
        return new PageResult<>(all.subList(start, Math.min(all.size(), start + size)), all.size());
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    public List<String> getTechnicians() {
        return List.copyOf(technicianNames.keySet());
    }

    public DayReport getDay() {
        return day;
    }

    public DepartmentTotals getTotals() {
        return totals;
    }

    public String getTechnician() {
        return technician;
    }

    public void setTechnician(String technician) {
        this.technician = technician;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
