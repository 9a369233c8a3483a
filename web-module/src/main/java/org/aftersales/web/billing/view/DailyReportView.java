package org.aftersales.web.billing.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.aftersales.billing.boundary.Reports;
import org.aftersales.domain.billing.DailyReport;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.parts.boundary.FundQuotas;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.billing.print.DailyReportForm;
import org.aftersales.web.billing.print.DailyReportForm.Line;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * B7: the daily economic accounting report (经济核算日报, SH/BD-05) of a department and day — on screen,
 * as Excel and as the paper form (PDF).
 */
@Named
@ViewScoped
public class DailyReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Reports reports;

    @EJB
    private FundQuotas quotas;

    @Inject
    private SettingReader settings;

    @Inject
    private CurrentUser currentUser;

    private String day;
    private String department;
    private String servicePoint;
    private List<Line> lines = List.of();

    public List<FundQuotas.QuotaView> getServicePoints() {
        return quotas.all();
    }

    public void show() {
        try {
            lines = DailyReportForm.lines(report());
        } catch (RuleViolationException e) {
            Feedback.failed(e, "reportForm");
        }
    }

    private DailyReport report() {
        LocalDate date;
        try {
            date = LocalDate.parse(getDay().strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of("day", "validation.date"));
        }
        return reports.daily(getDepartment(), servicePoint, date);
    }

    public StreamedContent getExcel() {
        DailyReport r = report();
        List<Line> all = DailyReportForm.lines(r);
        return ExcelExport.of(
                "daily-report-" + r.department() + "-" + r.day(),
                currentUser.getZone(),
                Feedback.text("dailyReport.title") + " " + r.department() + " " + r.day(),
                List.of(
                        Feedback.text("dailyReport.item"),
                        Feedback.text("dailyReport.amount"),
                        Feedback.text("dailyReport.monthToDate")),
                (first, size) -> new PageResult<>(
                        all.subList(Math.min(first, all.size()), Math.min(first + size, all.size())), all.size()),
                l -> List.of(Feedback.text(l.key()), l.day(), l.monthToDate()),
                1_000);
    }

    public StreamedContent getPdf() {
        DailyReport r = report();
        byte[] pdf = DailyReportForm.pdf(r, r.department(), settings.text("print.company", "售后服务部"));
        return DefaultStreamedContent.builder()
                .name("daily-report-" + r.department() + "-" + r.day() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getDay() {
        if (day == null) {
            day = LocalDate.now(currentUser.getZone()).toString();
        }
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getDepartment() {
        if (department == null) {
            department = settings.text("service.default-department", "YX");
        }
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public void setServicePoint(String servicePoint) {
        this.servicePoint = servicePoint;
    }
}
