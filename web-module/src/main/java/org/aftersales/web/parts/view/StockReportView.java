package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.parts.FundUse;
import org.aftersales.domain.parts.StockReportLine;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.parts.boundary.FundQuotas;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.PartView;
import org.aftersales.parts.boundary.PartViews.ServicePointView;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.parts.print.StockReportForm;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * P6: the monthly stock-movement report (进销存) of a service point — opening, receipts, issues and
 * closing in quantity and value per part, added up from the ledger by the parts context — on
 * screen, as Excel and as a PDF form. Without a service point it covers all of them (export only:
 * the screen shows one service point at a time).
 */
@Named
@ViewScoped
public class StockReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 1_000_000;

    @EJB
    private StockService stock;

    @EJB
    private PartService parts;

    @Inject
    private SettingReader settings;

    @EJB
    private FundQuotas quotas;

    @Inject
    private CurrentUser currentUser;

    private String month; // this month in the configured time zone, on first read
    private String servicePoint;
    private List<StockReportLine> lines = new ArrayList<>();
    private FundUse fundUse;
    private final Map<String, String> names = new HashMap<>();

    public List<ServicePointView> getServicePoints() {
        return parts.servicePoints(0, 500).items();
    }

    /** Issue 10.14: the part's name beside its number (on screen, in Excel and on the PDF). */
    public String name(String partNumber) {
        return names.computeIfAbsent(
                partNumber, n -> parts.find(n).map(PartView::name).orElse(""));
    }

    public void show() {
        if (servicePoint == null || servicePoint.isBlank()) {
            Feedback.failed(
                    new RuleViolationException(FieldError.of("servicePoint", "validation.required")), "reportForm");
            return;
        }
        try {
            lines = stock.monthlyReport(servicePoint, month());
            fundUse = quotas.use(servicePoint, month());
        } catch (RuleViolationException e) {
            Feedback.failed(e, "reportForm");
        }
    }

    private YearMonth month() {
        try {
            return YearMonth.parse(getMonth().strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of("month", "validation.month"));
        }
    }

    private List<StockReportLine> all() {
        return stock.monthlyReport(servicePoint, month());
    }

    public StreamedContent getExcel() {
        List<StockReportLine> report = all();
        List<List<String>> rows =
                new ArrayList<>(report.stream().map(this::cells).toList());
        FundUse use = quotas.use(servicePoint, month());
        // SH/BD-06 资金使用情况: quota, month-end stock, available next month under the lines
        rows.add(List.of(
                Feedback.text("stockReport.fundQuota"),
                money(use.quota()),
                Feedback.text("stockReport.monthEndStock"),
                money(use.monthEndStock()),
                Feedback.text("stockReport.available"),
                money(use.availableNextMonth())));
        return ExcelExport.of(
                "stock-report-" + getMonth(),
                currentUser.getZone(),
                Feedback.text("stockReport.title") + " " + getMonth(),
                headers(),
                (first, size) -> new PageResult<>(
                        rows.subList(Math.min(first, rows.size()), Math.min(first + size, rows.size())), rows.size()),
                r -> r,
                EXPORT_MAX + 1);
    }

    private static String money(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** P6 (SH/BD-06): quota, month-end stock and available next month of the report shown. */
    public FundUse getFundUse() {
        return fundUse;
    }

    public StreamedContent getPdf() {
        byte[] pdf = StockReportForm.pdf(
                getMonth(),
                servicePoint,
                all(),
                this::name,
                settings.text("print.company", "售后服务部"),
                quotas.use(servicePoint, month()));
        return DefaultStreamedContent.builder()
                .name("stock-report-" + getMonth() + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    private static List<String> headers() {
        return List.of(
                Feedback.text("stock.servicePoint"),
                Feedback.text("stock.partNumber"),
                Feedback.text("parts.name"),
                Feedback.text("stockReport.openingQty"),
                Feedback.text("stockReport.openingValue"),
                Feedback.text("stockReport.receiptsQty"),
                Feedback.text("stockReport.receiptsValue"),
                Feedback.text("stockReport.issuesQty"),
                Feedback.text("stockReport.issuesValue"),
                Feedback.text("stockReport.salesQty"),
                Feedback.text("stockReport.salesValue"),
                Feedback.text("stockReport.closingQty"),
                Feedback.text("stockReport.closingValue"));
    }

    private List<String> cells(StockReportLine l) {
        return StockReportForm.cells(l, this::name);
    }

    public List<StockReportLine> getLines() {
        return lines;
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

    public String getServicePoint() {
        return servicePoint;
    }

    public void setServicePoint(String servicePoint) {
        this.servicePoint = servicePoint;
    }
}
