package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.parts.StockReportLine;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.PartView;
import org.aftersales.parts.boundary.PartViews.ServicePointView;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.settings.boundary.Settings;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
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

    @EJB
    private Settings settings;

    @Inject
    private CurrentUser currentUser;

    private String month = YearMonth.now().toString();
    private String servicePoint;
    private List<StockReportLine> lines = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();

    public List<ServicePointView> getServicePoints() {
        return parts.servicePoints(0, 500).items();
    }

    /** Issue 10.14: the part's name beside its number (on screen, in Excel and on the PDF). */
    public String name(String partNumber) {
        return names.computeIfAbsent(partNumber, n -> parts.find(n).map(PartView::name).orElse(""));
    }

    public void show() {
        if (servicePoint == null || servicePoint.isBlank()) {
            Feedback.failed(new RuleViolationException(FieldError.of("servicePoint", "validation.required")), "reportForm");
            return;
        }
        try {
            lines = stock.monthlyReport(servicePoint, month());
        } catch (RuleViolationException e) {
            Feedback.failed(e, "reportForm");
        }
    }

    private YearMonth month() {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of("month", "validation.month"));
        }
    }

    private List<StockReportLine> all() {
        return stock.monthlyReport(servicePoint, month());
    }

    public StreamedContent getExcel() {
        List<StockReportLine> report = all();
        return ExcelExport.of("stock-report-" + month, Feedback.text("stockReport.title") + " " + month, headers(),
                (first, size) -> new PageResult<>(report.subList(Math.min(first, report.size()),
                        Math.min(first + size, report.size())), report.size()), this::cells, EXPORT_MAX);
    }

    public StreamedContent getPdf() {
        List<StockReportLine> report = all();
        // issue 10.17: the English half of a header is short enough for its column (never broken inside a word)
        List<Column> columns = List.of(Column.text(new Label("服务站", "Point"), 1.2f),
                Column.text(new Label("备件编号", "Part"), 1.8f), Column.text(new Label("名称", "Name"), 2f),
                Column.number(new Label("期初数量", "Open"), 1f), Column.number(new Label("期初金额", "Open ¥"), 1.5f),
                Column.number(new Label("入库", "In"), 1f), Column.number(new Label("入库金额", "In ¥"), 1.5f),
                Column.number(new Label("出库", "Out"), 1f), Column.number(new Label("出库金额", "Out ¥"), 1.5f),
                Column.number(new Label("其中销货", "Sold"), 1f), Column.number(new Label("销货金额", "Sold ¥"), 1.5f),
                Column.number(new Label("期末数量", "Close"), 1f), Column.number(new Label("期末金额", "Close ¥"), 1.5f));
        byte[] pdf = PaperForm.builder(new Label("备件进销存月报", "Monthly stock-movement report"))
                .company(settings.text("print.company", "售后服务部")).number(month)
                .copies("第一联 仓库", "第二联 财务")
                .pair(new Label("月份", "Month"), month, new Label("服务站", "Service point"),
                        servicePoint == null || servicePoint.isBlank() ? "全部 All" : servicePoint)
                .table(columns, report.stream().map(this::cells).toList())
                .pair(new Label("期末数量合计", "Closing total"), String.valueOf(report.stream().mapToInt(StockReportLine::closingQty).sum()),
                        new Label("期末金额合计", "Closing value"), report.stream().map(StockReportLine::closingValue)
                                .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString())
                .build().render();
        return DefaultStreamedContent.builder().name("stock-report-" + month + ".pdf").contentType("application/pdf")
                .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private static List<String> headers() {
        return List.of(Feedback.text("stock.servicePoint"), Feedback.text("stock.partNumber"), Feedback.text("parts.name"),
                Feedback.text("stockReport.openingQty"), Feedback.text("stockReport.openingValue"),
                Feedback.text("stockReport.receiptsQty"), Feedback.text("stockReport.receiptsValue"),
                Feedback.text("stockReport.issuesQty"), Feedback.text("stockReport.issuesValue"),
                Feedback.text("stockReport.salesQty"), Feedback.text("stockReport.salesValue"),
                Feedback.text("stockReport.closingQty"), Feedback.text("stockReport.closingValue"));
    }

    private List<String> cells(StockReportLine l) {
        return List.of(l.servicePoint(), l.partNumber(), name(l.partNumber()), String.valueOf(l.openingQty()), l.openingValue().toPlainString(),
                String.valueOf(l.receiptsQty()), l.receiptsValue().toPlainString(), String.valueOf(l.issuesQty()),
                l.issuesValue().toPlainString(), String.valueOf(l.salesQty()), l.salesValue().toPlainString(),
                String.valueOf(l.closingQty()), l.closingValue().toPlainString());
    }

    public List<StockReportLine> getLines() { return lines; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getServicePoint() { return servicePoint; }
    public void setServicePoint(String servicePoint) { this.servicePoint = servicePoint; }
}
