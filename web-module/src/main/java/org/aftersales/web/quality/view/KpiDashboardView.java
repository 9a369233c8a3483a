package org.aftersales.web.quality.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.aftersales.domain.quality.KpiCounters;
import org.aftersales.domain.quality.KpiDimension;
import org.aftersales.domain.quality.TicketFact;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.quality.boundary.KpiViews.KpiGroup;
import org.aftersales.quality.boundary.KpiViews.KpiMonth;
import org.aftersales.quality.boundary.KpiViews.KpiReport;
import org.aftersales.quality.boundary.Kpis;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.quality.print.KpiForms;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.StaffNames;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Q6, Q8 (4.6 售后服务信息统计与分析): the dashboard for managers and quality staff — the KPIs of any
 * period grouped by model, region, technician, kind or fault level, as figures, charts and a table;
 * the monthly statistics, the half-year analysis and the annual summary as PDF and Excel; the
 * technicians' scorecards and the department's assessment forms (部日(旬)考核表, 部月度考核表). Everything
 * is read from the rollups ({@link Kpis}), never from the tickets.
 */
@Named
@ViewScoped
public class KpiDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Kpis kpis;

    @Inject
    private SettingReader settings;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffNames staff;

    private String from;
    private String to;
    private KpiDimension groupBy = KpiDimension.MODEL;
    private KpiReport report;
    private List<KpiMonth> trend = List.of();
    private List<KpiGroup> kinds = List.of();
    private List<KpiGroup> levels = List.of();
    private boolean shown;
    private List<KpiGroup> scorecards = List.of();

    public void show() {
        shown = true;
        try {
            LocalDate f = date(getFrom(), "from");
            LocalDate t = date(getTo(), "to");
            report = kpis.report(f, t, groupBy);
            LocalDate trendFrom = YearMonth.from(t).minusMonths(11).atDay(1);
            trend = kpis.trend(trendFrom.isBefore(f) ? trendFrom : f, t);
            kinds = kpis.report(f, t, KpiDimension.KIND).groups();
            levels = kpis.report(f, t, KpiDimension.LEVEL).groups();
            scorecards = groupBy == KpiDimension.TECHNICIAN
                    ? report.groups()
                    : kpis.report(f, t, KpiDimension.TECHNICIAN).groups();
        } catch (RuleViolationException e) {
            Feedback.failed(e, "kpiForm");
        }
    }

    public KpiReport getReport() {
        if (!shown) {
            show();
        }
        return report;
    }

    public KpiCounters getTotal() {
        return getReport() == null ? KpiCounters.ZERO : report.total();
    }

    public List<KpiGroup> getGroups() {
        return getReport() == null ? List.of() : report.groups();
    }

    /** A group's key in words: a technician by name, a kind or level by its label, none as "未填". */
    public String keyName(String key) {
        return keyName(groupBy, key);
    }

    private String keyName(KpiDimension dimension, String key) {
        if (key == null || TicketFact.NONE.equals(key)) {
            return Feedback.text("kpi.none");
        }
        return switch (dimension) {
            case TECHNICIAN -> staff.of(key);
            case KIND -> EnumLabels.label(Feedback.locale(), "ticketKind.", key);
            case LEVEL -> EnumLabels.label(Feedback.locale(), "faultLevel.", key);
            default -> key;
        };
    }

    public String pct(BigDecimal ratio) {
        return KpiForms.pct(ratio);
    }

    public String num(BigDecimal value) {
        return KpiForms.num(value);
    }

    // --- charts (Chart.js configurations for p:chart) ---

    public String getTicketsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (KpiGroup g : top()) {
            labels.add(keyName(g.key()));
            data.add(g.counters().closed());
        }
        return chart("bar", labels, dataset(Feedback.text("kpi.tickets"), data, "#42A5F5"), null);
    }

    public String getRatesChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder ftf = Json.createArrayBuilder();
        JsonArrayBuilder arrival = Json.createArrayBuilder();
        JsonArrayBuilder resolution = Json.createArrayBuilder();
        for (KpiGroup g : top()) {
            labels.add(keyName(g.key()));
            ftf.add(percent(g.counters().firstTimeFixRate()));
            arrival.add(percent(g.counters().slaArrivalMet()));
            resolution.add(percent(g.counters().slaResolutionMet()));
        }
        return chart(
                "bar",
                labels,
                Json.createArrayBuilder()
                        .add(dataset(Feedback.text("kpi.firstTimeFix"), ftf, "#66BB6A")
                                .build()
                                .getJsonObject(0))
                        .add(dataset(Feedback.text("kpi.slaArrival"), arrival, "#FFA726")
                                .build()
                                .getJsonObject(0))
                        .add(dataset(Feedback.text("kpi.slaResolution"), resolution, "#AB47BC")
                                .build()
                                .getJsonObject(0)),
                100);
    }

    public String getTrendChart() {
        getReport();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder satisfaction = Json.createArrayBuilder();
        JsonArrayBuilder ftf = Json.createArrayBuilder();
        for (KpiMonth m : trend) {
            labels.add(m.month().toString());
            BigDecimal s = m.counters().satisfaction();
            satisfaction.add(s == null ? BigDecimal.ZERO : s.multiply(BigDecimal.TEN));
            ftf.add(percent(m.counters().firstTimeFixRate()));
        }
        return chart(
                "line",
                labels,
                Json.createArrayBuilder()
                        .add(dataset(Feedback.text("kpi.satisfaction") + " ×10", satisfaction, "#EF5350")
                                .build()
                                .getJsonObject(0))
                        .add(dataset(Feedback.text("kpi.firstTimeFix") + " %", ftf, "#26A69A")
                                .build()
                                .getJsonObject(0)),
                100);
    }

    public String getKindChart() {
        getReport();
        return pie(kinds, KpiDimension.KIND);
    }

    public String getLevelChart() {
        getReport();
        return pie(levels, KpiDimension.LEVEL);
    }

    private String pie(List<KpiGroup> groups, KpiDimension dimension) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        String[] palette = {"#42A5F5", "#66BB6A", "#FFA726", "#AB47BC", "#EF5350", "#26A69A", "#8D6E63", "#78909C"};
        int i = 0;
        for (KpiGroup g : groups) {
            labels.add(keyName(dimension, g.key()));
            data.add(g.counters().closed());
            colours.add(palette[i++ % palette.length]);
        }
        JsonObjectBuilder set = Json.createObjectBuilder().add("data", data).add("backgroundColor", colours);
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add("datasets", Json.createArrayBuilder().add(set)))
                .add(
                        "options",
                        Json.createObjectBuilder().add("responsive", true).add("animation", false))
                .build()
                .toString();
    }

    private List<KpiGroup> top() {
        List<KpiGroup> groups = getGroups();
        return groups.size() > 20 ? groups.subList(0, 20) : groups;
    }

    private static BigDecimal percent(BigDecimal ratio) {
        return ratio == null ? BigDecimal.ZERO : ratio.movePointRight(2);
    }

    private static JsonArrayBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", label)
                        .add("data", data)
                        .add("backgroundColor", colour)
                        .add("borderColor", colour)
                        .add("fill", false));
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, Integer max) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (max != null) {
            y.add("max", max);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("animation", false)
                                .add("scales", Json.createObjectBuilder().add("y", y)))
                .build()
                .toString();
    }

    // --- reports (月度统计, 半年分析, 年度总结) ---

    private LocalDate end() {
        return date(getTo(), "to");
    }

    public StreamedContent getMonthlyPdf() {
        YearMonth m = YearMonth.from(end());
        return statisticsPdf(
                new Label("售后服务月度统计", "Monthly after-sales statistics"), m.toString(), m.atDay(1), m.atEndOfMonth());
    }

    public StreamedContent getHalfYearPdf() {
        LocalDate[] h = halfYear();
        return statisticsPdf(new Label("售后服务半年分析", "Half-year after-sales analysis"), halfName(h), h[0], h[1]);
    }

    public StreamedContent getAnnualPdf() {
        int y = end().getYear();
        return statisticsPdf(
                new Label("年度售后服务工作总结", "Annual after-sales summary"),
                String.valueOf(y),
                LocalDate.of(y, 1, 1),
                LocalDate.of(y, 12, 31));
    }

    public StreamedContent getMonthlyExcel() {
        YearMonth m = YearMonth.from(end());
        return statisticsExcel("kpi-month-" + m, Feedback.text("kpi.monthly") + " " + m, m.atDay(1), m.atEndOfMonth());
    }

    public StreamedContent getHalfYearExcel() {
        LocalDate[] h = halfYear();
        return statisticsExcel(
                "kpi-half-" + halfName(h), Feedback.text("kpi.halfYear") + " " + halfName(h), h[0], h[1]);
    }

    public StreamedContent getAnnualExcel() {
        int y = end().getYear();
        return statisticsExcel(
                "kpi-year-" + y, Feedback.text("kpi.annual") + " " + y, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    private LocalDate[] halfYear() {
        LocalDate e = end();
        return e.getMonthValue() <= 6
                ? new LocalDate[] {LocalDate.of(e.getYear(), 1, 1), LocalDate.of(e.getYear(), 6, 30)}
                : new LocalDate[] {LocalDate.of(e.getYear(), 7, 1), LocalDate.of(e.getYear(), 12, 31)};
    }

    private static String halfName(LocalDate[] h) {
        return h[0].getYear() + (h[0].getMonthValue() == 1 ? "-H1" : "-H2");
    }

    private StreamedContent statisticsPdf(Label title, String period, LocalDate f, LocalDate t) {
        KpiReport r = kpis.report(f, t, groupBy == KpiDimension.ALL ? KpiDimension.MODEL : groupBy);
        byte[] pdf = KpiForms.statistics(
                title,
                period,
                r,
                kpis.trend(f, t),
                EnumLabels.label(java.util.Locale.SIMPLIFIED_CHINESE, r.groupBy()),
                key -> keyName(r.groupBy(), key),
                company());
        return pdf("kpi-" + period + ".pdf", pdf);
    }

    private StreamedContent statisticsExcel(String file, String title, LocalDate f, LocalDate t) {
        KpiDimension by = groupBy == KpiDimension.ALL ? KpiDimension.MODEL : groupBy;
        KpiReport r = kpis.report(f, t, by);
        List<List<String>> rows = new ArrayList<>();
        rows.add(KpiForms.figureCells(new KpiGroup(Feedback.text("kpi.total"), r.total(), r.products()), k -> k));
        r.groups().forEach(g -> rows.add(KpiForms.figureCells(g, k -> keyName(by, k))));
        for (KpiMonth m : kpis.trend(f, t)) {
            rows.add(KpiForms.figureCells(new KpiGroup(m.month().toString(), m.counters(), r.products()), k -> k));
        }
        return excel(file, title, figureHeaders(), rows);
    }

    private static List<String> figureHeaders() {
        return List.of(
                Feedback.text("kpi.key"),
                Feedback.text("kpi.tickets"),
                Feedback.text("kpi.slaArrival"),
                Feedback.text("kpi.slaResolution"),
                Feedback.text("kpi.firstTimeFix"),
                Feedback.text("kpi.repeatFailure"),
                Feedback.text("kpi.mttr"),
                Feedback.text("kpi.complaints"),
                Feedback.text("kpi.complaintsPerThousand"),
                Feedback.text("kpi.satisfaction"));
    }

    // --- scorecards and the assessment forms (部日(旬)考核表, 部月度考核表) ---

    /** Q6: the technicians' scorecards of the period. */
    public List<KpiGroup> getScorecards() {
        getReport();
        return scorecards;
    }

    public String technician(String key) {
        return keyName(KpiDimension.TECHNICIAN, key);
    }

    /** The ten days (旬) of the end date: 1–10, 11–20, 21–end of month. */
    private LocalDate[] dekad() {
        LocalDate e = end();
        int d = e.getDayOfMonth();
        LocalDate start = e.withDayOfMonth(d <= 10 ? 1 : d <= 20 ? 11 : 21);
        LocalDate stop = d <= 10
                ? e.withDayOfMonth(10)
                : d <= 20 ? e.withDayOfMonth(20) : YearMonth.from(e).atEndOfMonth();
        return new LocalDate[] {start, stop};
    }

    private static String dekadName(LocalDate[] d) {
        String part = d[0].getDayOfMonth() == 1 ? "上旬" : d[0].getDayOfMonth() == 11 ? "中旬" : "下旬";
        return YearMonth.from(d[0]) + " " + part;
    }

    public StreamedContent getDailyFormPdf() {
        LocalDate[] d = dekad();
        return assessmentPdf(new Label("部日(旬)考核表", "Department ten-day assessment"), dekadName(d), d[0], d[1], false);
    }

    public StreamedContent getMonthlyFormPdf() {
        YearMonth m = YearMonth.from(end());
        return assessmentPdf(
                new Label("部月度考核表", "Department monthly assessment"), m.toString(), m.atDay(1), m.atEndOfMonth(), true);
    }

    public StreamedContent getDailyFormExcel() {
        LocalDate[] d = dekad();
        return assessmentExcel("assessment-" + d[0], Feedback.text("kpi.dailyForm") + " " + dekadName(d), d[0], d[1]);
    }

    public StreamedContent getMonthlyFormExcel() {
        YearMonth m = YearMonth.from(end());
        return assessmentExcel(
                "assessment-" + m, Feedback.text("kpi.monthlyForm") + " " + m, m.atDay(1), m.atEndOfMonth());
    }

    private StreamedContent assessmentPdf(Label title, String period, LocalDate f, LocalDate t, boolean monthly) {
        KpiReport r = kpis.report(f, t, KpiDimension.TECHNICIAN);
        byte[] pdf = KpiForms.assessment(title, period, r.groups(), r.total(), this::technician, company(), monthly);
        return pdf("assessment-" + period.replace(' ', '-') + ".pdf", pdf);
    }

    private StreamedContent assessmentExcel(String file, String title, LocalDate f, LocalDate t) {
        KpiReport r = kpis.report(f, t, KpiDimension.TECHNICIAN);
        List<List<String>> rows = new ArrayList<>();
        r.groups().forEach(g -> rows.add(KpiForms.scoreCells(technician(g.key()), g.counters())));
        rows.add(KpiForms.scoreCells(Feedback.text("kpi.total"), r.total()));
        return excel(
                file,
                title,
                List.of(
                        Feedback.text("eval.technician"),
                        Feedback.text("kpi.tickets"),
                        Feedback.text("kpi.evalQuality"),
                        Feedback.text("kpi.evalAttitude"),
                        Feedback.text("kpi.satisfaction"),
                        Feedback.text("kpi.complaints"),
                        Feedback.text("kpi.firstTimeFix"),
                        Feedback.text("kpi.repeatFailure"),
                        Feedback.text("kpi.slaArrival"),
                        Feedback.text("kpi.slaResolution")),
                rows);
    }

    // --- plumbing ---

    private String company() {
        return settings.text("print.company", "售后服务部");
    }

    private StreamedContent excel(String file, String title, List<String> headers, List<List<String>> rows) {
        return ExcelExport.of(
                file,
                currentUser.getZone(),
                title.length() > 31 ? title.substring(0, 31) : title,
                headers,
                (first, size) -> new PageResult<>(
                        rows.subList(Math.min(first, rows.size()), Math.min(first + size, rows.size())), rows.size()),
                Function.identity(),
                rows.size());
    }

    private static StreamedContent pdf(String name, byte[] pdf) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType("application/pdf")
                .contentLength((long) pdf.length)
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of(field, "validation.date"));
        }
    }

    public KpiDimension[] getDimensions() {
        return new KpiDimension[] {
            KpiDimension.MODEL, KpiDimension.REGION, KpiDimension.TECHNICIAN, KpiDimension.KIND, KpiDimension.LEVEL
        };
    }

    public String getFrom() {
        if (from == null) {
            from = YearMonth.from(currentUser.today()).atDay(1).toString();
        }
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        if (to == null) {
            to = currentUser.today().toString();
        }
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public KpiDimension getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(KpiDimension groupBy) {
        this.groupBy = groupBy == null ? KpiDimension.MODEL : groupBy;
    }
}
