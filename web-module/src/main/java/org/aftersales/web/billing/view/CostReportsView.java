package org.aftersales.web.billing.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.billing.boundary.Reports;
import org.aftersales.domain.billing.TicketMargin;
import org.aftersales.domain.billing.WarrantyCost;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.billing.print.CostReportForms;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * B7: warranty cost by model and month (payer WARRANTY quotes' cost) and the margin per ticket
 * (charge − cost) of a department and month — on screen, as Excel and as PDF.
 */
@Named
@ViewScoped
public class CostReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private Reports reports;

    @Inject
    private SettingReader settings;

    @Inject
    private CurrentUser currentUser;

    private String from;
    private String to;
    private String month;
    private String department;
    private List<WarrantyCost> warranty = new ArrayList<>();
    private List<TicketMargin> margins = new ArrayList<>();

    public void showWarranty() {
        try {
            warranty = reports.warrantyCosts(department, month(getFrom(), "from"), month(getTo(), "to"));
        } catch (RuleViolationException e) {
            Feedback.failed(e, "costForm");
        }
    }

    public void showMargins() {
        try {
            margins = reports.margins(getDepartment(), month(getMonth(), "month"), 0, 1_000)
                    .items();
        } catch (RuleViolationException e) {
            Feedback.failed(e, "costForm");
        }
    }

    public String payer(TicketMargin m) {
        return m.payer() == null ? "" : EnumLabels.label(Feedback.locale(), m.payer());
    }

    public String resolved(TicketMargin m) {
        return currentUser.time(m.resolvedAt());
    }

    public String model(String model) {
        return model == null || model.isEmpty() ? Feedback.text("costReports.model") + " —" : model;
    }

    public StreamedContent getWarrantyExcel() {
        List<WarrantyCost> all = reports.warrantyCosts(department, month(getFrom(), "from"), month(getTo(), "to"));
        return ExcelExport.of(
                "warranty-cost-" + getFrom() + "-" + getTo(),
                currentUser.getZone(),
                Feedback.text("costReports.warranty"),
                List.of(
                        Feedback.text("costReports.month"),
                        Feedback.text("costReports.model"),
                        Feedback.text("costReports.tickets"),
                        Feedback.text("costReports.materials"),
                        Feedback.text("costReports.labour"),
                        Feedback.text("costReports.travel"),
                        Feedback.text("costReports.tax"),
                        Feedback.text("costReports.cost")),
                (first, size) -> new PageResult<>(
                        all.subList(Math.min(first, all.size()), Math.min(first + size, all.size())), all.size()),
                CostReportForms::cells,
                EXPORT_MAX);
    }

    public StreamedContent getWarrantyPdf() {
        List<WarrantyCost> all = reports.warrantyCosts(department, month(getFrom(), "from"), month(getTo(), "to"));
        return pdf(
                "warranty-cost-" + getFrom() + "-" + getTo(),
                CostReportForms.warrantyPdf(
                        getFrom() + " – " + getTo(),
                        Text.optional(department) == null ? "全部 All" : department,
                        all,
                        settings.text("print.company", "售后服务部")));
    }

    public StreamedContent getMarginsExcel() {
        YearMonth m = month(getMonth(), "month");
        return ExcelExport.of(
                "ticket-margins-" + m,
                currentUser.getZone(),
                Feedback.text("costReports.margins"),
                List.of(
                        Feedback.text("costReports.ticket"),
                        Feedback.text("costReports.model"),
                        Feedback.text("costReports.payer"),
                        Feedback.text("costReports.resolvedAt"),
                        Feedback.text("costReports.cost"),
                        Feedback.text("costReports.charged"),
                        Feedback.text("costReports.margin")),
                (first, size) -> reports.margins(getDepartment(), m, first, size),
                t -> CostReportForms.cells(t, this::payer, this::resolved),
                EXPORT_MAX);
    }

    public StreamedContent getMarginsPdf() {
        YearMonth m = month(getMonth(), "month");
        List<TicketMargin> all = new ArrayList<>();
        for (int first = 0; first < EXPORT_MAX; first += 1_000) {
            List<TicketMargin> page =
                    reports.margins(getDepartment(), m, first, 1_000).items();
            all.addAll(page);
            if (page.size() < 1_000) {
                break;
            }
        }
        return pdf(
                "ticket-margins-" + m,
                CostReportForms.marginsPdf(
                        m.toString(),
                        getDepartment(),
                        all,
                        this::payer,
                        this::resolved,
                        settings.text("print.company", "售后服务部")));
    }

    private static StreamedContent pdf(String name, byte[] pdf) {
        return DefaultStreamedContent.builder()
                .name(name + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    private static YearMonth month(String text, String field) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new RuleViolationException(FieldError.of(field, "validation.month"));
        }
    }

    public List<WarrantyCost> getWarranty() {
        return warranty;
    }

    public List<TicketMargin> getMargins() {
        return margins;
    }

    public String getFrom() {
        if (from == null) {
            from = YearMonth.now(currentUser.getZone()).minusMonths(11).toString();
        }
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        if (to == null) {
            to = YearMonth.now(currentUser.getZone()).toString();
        }
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getMonth() {
        if (month == null) {
            month = YearMonth.now(currentUser.getZone()).toString();
        }
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }
}
