package org.aftersales.web.quality.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.aftersales.domain.quality.KpiCounters;
import org.aftersales.quality.boundary.KpiViews.KpiGroup;
import org.aftersales.quality.boundary.KpiViews.KpiMonth;
import org.aftersales.quality.boundary.KpiViews.KpiReport;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;

/**
 * Q6, Q8 (4.6 售后服务信息统计与分析): the statistics as paper — the monthly statistics, the half-year
 * analysis and the annual summary (年度售后服务工作总结, an input to the management review), and the
 * department assessment forms (部日(旬)考核表, 部月度考核表) filled from the technicians' scorecards. The
 * same lines go to the screen's tables and the Excel workbooks ({@link #figureCells}, {@link #scoreCells}).
 */
public final class KpiForms {

    /** The columns of a group's figures (statistics). */
    public static final List<Column> FIGURES = List.of(
            Column.text(new Label("分组", "Group"), 2.2f),
            Column.number(new Label("关闭叫修单", "Closed"), 1f),
            Column.number(new Label("到达及时率", "Arrival in time"), 1.1f),
            Column.number(new Label("排除及时率", "Resolved in time"), 1.1f),
            Column.number(new Label("一次修复率", "First-time fix"), 1.1f),
            Column.number(new Label("重复故障率", "Repeat failure"), 1.1f),
            Column.number(new Label("平均修复小时", "MTTR h"), 1.1f),
            Column.number(new Label("投诉", "Complaints"), 0.9f),
            Column.number(new Label("每千台投诉", "Per 1 000"), 1f),
            Column.number(new Label("满意度", "Satisfaction"), 1f));

    /** The columns of a technician's assessment line (考核表). */
    public static final List<Column> SCORES = List.of(
            Column.text(new Label("技术员", "Technician"), 2f),
            Column.number(new Label("完成叫修单", "Closed"), 1f),
            Column.number(new Label("质量评分", "Quality"), 1f),
            Column.number(new Label("态度评分", "Attitude"), 1f),
            Column.number(new Label("满意度", "Satisfaction"), 1f),
            Column.number(new Label("投诉", "Complaints"), 0.9f),
            Column.number(new Label("一次修复率", "First-time fix"), 1.1f),
            Column.number(new Label("重复故障", "Repeat failures"), 1f),
            Column.number(new Label("到达及时率", "Arrival in time"), 1.1f),
            Column.number(new Label("排除及时率", "Resolved in time"), 1.1f));

    private static final List<Column> TREND = List.of(
            Column.text(new Label("月份", "Month"), 1.2f),
            Column.number(new Label("关闭叫修单", "Closed"), 1f),
            Column.number(new Label("一次修复率", "First-time fix"), 1f),
            Column.number(new Label("重复故障率", "Repeat failure"), 1f),
            Column.number(new Label("到达及时率", "Arrival in time"), 1f),
            Column.number(new Label("平均修复小时", "MTTR h"), 1f),
            Column.number(new Label("投诉", "Complaints"), 1f),
            Column.number(new Label("满意度", "Satisfaction"), 1f));

    private KpiForms() {}

    /** 月度统计 / 半年分析 / 年度售后服务工作总结 of {@code report}, its months and its groups. */
    public static byte[] statistics(
            Label title,
            String period,
            KpiReport report,
            List<KpiMonth> months,
            String groupLabel,
            Function<String, String> keyNames,
            String company) {
        KpiCounters t = report.total();
        PaperForm.Builder form = PaperForm.builder(title)
                .company(company)
                .number(period)
                .landscape()
                .pair(
                        new Label("统计期间", "Period"),
                        report.from() + " ～ " + report.to(),
                        new Label("关闭叫修单", "Closed tickets"),
                        String.valueOf(t.closed()))
                .pair(
                        new Label("到达及时率", "Arrival in time"),
                        pct(t.slaArrivalMet()),
                        new Label("方案及时率", "Solution in time"),
                        pct(t.slaSolutionMet()))
                .pair(
                        new Label("排除及时率", "Resolved in time"),
                        pct(t.slaResolutionMet()),
                        new Label("一次修复率", "First-time fix"),
                        pct(t.firstTimeFixRate()))
                .pair(
                        new Label("30天重复故障率", "Repeat failure 30 d"),
                        pct(t.repeatFailureRate()),
                        new Label("平均修复时间（小时）", "MTTR (hours)"),
                        num(t.mttrHours()))
                .pair(
                        new Label("投诉", "Complaints"),
                        String.valueOf(t.complaints()),
                        new Label("每千台投诉", "Complaints per 1 000"),
                        num(report.complaintsPerThousand()))
                .pair(
                        new Label("满意度（平均分）", "Satisfaction"),
                        num(t.satisfaction()),
                        new Label("调查份数", "Surveys"),
                        String.valueOf(t.surveys()));
        if (!months.isEmpty()) {
            form.part(new Label("月度趋势", "Month by month"))
                    .table(TREND, months.stream().map(KpiForms::trendCells).toList());
        }
        if (!report.groups().isEmpty()) {
            form.part(new Label("按" + groupLabel, "By group"))
                    .table(
                            FIGURES,
                            report.groups().stream()
                                    .map(g -> figureCells(g, keyNames))
                                    .toList());
        }
        return form.text(new Label("存在的问题及改进措施", "Problems and improvements"), "")
                .pair(new Label("编制", "Prepared by"), "", new Label("审核", "Reviewed by"), "")
                .build()
                .render();
    }

    /** 部日(旬)考核表 or 部月度考核表: one line per technician, the department's total last. */
    public static byte[] assessment(
            Label title,
            String period,
            List<KpiGroup> technicians,
            KpiCounters total,
            Function<String, String> names,
            String company,
            boolean monthly) {
        List<List<String>> lines = new ArrayList<>();
        technicians.forEach(g -> lines.add(scoreCells(names.apply(g.key()), g.counters())));
        lines.add(scoreCells("合计 Total", total));
        PaperForm.Builder form = PaperForm.builder(title)
                .company(company)
                .number(period)
                .landscape()
                .pair(new Label("填报单位", "Department"), company, new Label("考核期间", "Period"), period)
                .table(SCORES, lines);
        if (monthly) {
            form.pair(new Label("制表", "Prepared by"), "", new Label("会计员", "Accountant"), "")
                    .pair(new Label("部门主管", "Supervisor"), "", new Label("财会室主管", "Head of accounts"), "")
                    .wide(new Label("部门经理", "Department manager"), "");
        } else {
            form.pair(new Label("制表人", "Prepared by"), "", new Label("部门主管", "Supervisor"), "");
        }
        return form.build().render();
    }

    public static List<String> figureCells(KpiGroup g, Function<String, String> keyNames) {
        KpiCounters c = g.counters();
        return List.of(
                keyNames.apply(g.key()),
                String.valueOf(c.closed()),
                pct(c.slaArrivalMet()),
                pct(c.slaResolutionMet()),
                pct(c.firstTimeFixRate()),
                pct(c.repeatFailureRate()),
                num(c.mttrHours()),
                String.valueOf(c.complaints()),
                num(g.complaintsPerThousand()),
                num(c.satisfaction()));
    }

    public static List<String> scoreCells(String name, KpiCounters c) {
        return List.of(
                name,
                String.valueOf(c.closed()),
                num(c.evaluationQuality()),
                num(c.evaluationAttitude()),
                num(c.satisfaction()),
                String.valueOf(c.complaints()),
                pct(c.firstTimeFixRate()),
                String.valueOf(c.repeatFailures()),
                pct(c.slaArrivalMet()),
                pct(c.slaResolutionMet()));
    }

    static List<String> trendCells(KpiMonth m) {
        KpiCounters c = m.counters();
        return List.of(
                m.month().toString(),
                String.valueOf(c.closed()),
                pct(c.firstTimeFixRate()),
                pct(c.repeatFailureRate()),
                pct(c.slaArrivalMet()),
                num(c.mttrHours()),
                String.valueOf(c.complaints()),
                num(c.satisfaction()));
    }

    /** A ratio as a percentage with one decimal ("92.0%"); "—" when nothing was counted. */
    public static String pct(BigDecimal ratio) {
        return ratio == null
                ? "—"
                : ratio.movePointRight(2)
                                .setScale(1, java.math.RoundingMode.HALF_UP)
                                .toPlainString() + "%";
    }

    public static String num(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
