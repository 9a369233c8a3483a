package org.aftersales.web.billing.print;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.aftersales.domain.billing.Cents;
import org.aftersales.domain.billing.TicketMargin;
import org.aftersales.domain.billing.WarrantyCost;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;

/**
 * B7: the warranty cost by model and month and the margin per ticket as paper forms (A4 landscape,
 * one copy for finance), with a total line; the same cells make the screen's workbook.
 */
public final class CostReportForms {

    static final List<Column> WARRANTY = List.of(
            Column.text(new Label("月份", "Month"), 1f),
            Column.text(new Label("型号", "Model"), 2f),
            Column.number(new Label("单数", "Tickets"), 0.8f),
            Column.number(new Label("材料", "Materials"), 1.2f),
            Column.number(new Label("工时", "Labour"), 1.2f),
            Column.number(new Label("差旅及上门", "Travel, on-site"), 1.2f),
            Column.number(new Label("税金", "Tax"), 1.2f),
            Column.number(new Label("成本", "Cost"), 1.3f));

    static final List<Column> MARGINS = List.of(
            Column.text(new Label("叫修单", "Ticket"), 1.6f),
            Column.text(new Label("型号", "Model"), 1.6f),
            Column.text(new Label("付费方", "Payer"), 1f),
            Column.text(new Label("完成时间", "Resolved"), 1.6f),
            Column.number(new Label("成本", "Cost"), 1.2f),
            Column.number(new Label("收费", "Charged"), 1.2f),
            Column.number(new Label("毛利", "Margin"), 1.2f));

    private CostReportForms() {}

    public static List<String> cells(WarrantyCost c) {
        return List.of(
                c.month().toString(),
                c.model(),
                String.valueOf(c.tickets()),
                c.materials().toPlainString(),
                c.labour().toPlainString(),
                c.travel().toPlainString(),
                c.tax().toPlainString(),
                c.cost().toPlainString());
    }

    public static List<String> cells(
            TicketMargin m, Function<TicketMargin, String> payer, Function<TicketMargin, String> time) {
        return List.of(
                m.ticketNumber(),
                m.model(),
                payer.apply(m),
                time.apply(m),
                m.cost().toPlainString(),
                m.charged().toPlainString(),
                m.margin().toPlainString());
    }

    public static byte[] warrantyPdf(String period, String department, List<WarrantyCost> costs, String company) {
        return PaperForm.builder(new Label("保修成本统计表", "Warranty cost by model and month"))
                .company(company)
                .number(period)
                .landscape()
                .pair(new Label("期间", "Period"), period, new Label("部门", "Department"), department)
                .table(WARRANTY, costs.stream().map(CostReportForms::cells).toList())
                .pair(
                        new Label("单数合计", "Tickets total"),
                        String.valueOf(
                                costs.stream().mapToLong(WarrantyCost::tickets).sum()),
                        new Label("成本合计", "Cost total"),
                        sum(costs.stream().map(WarrantyCost::cost).toList()))
                .pair(new Label("制表", "Prepared by"), "", new Label("财会负责人", "Head of finance"), "")
                .build()
                .render();
    }

    public static byte[] marginsPdf(
            String month,
            String department,
            List<TicketMargin> margins,
            Function<TicketMargin, String> payer,
            Function<TicketMargin, String> time,
            String company) {
        return PaperForm.builder(new Label("叫修单毛利表", "Margin per ticket"))
                .company(company)
                .number(month + " " + department)
                .landscape()
                .pair(new Label("月份", "Month"), month, new Label("部门", "Department"), department)
                .table(MARGINS, margins.stream().map(m -> cells(m, payer, time)).toList())
                .pair(
                        new Label("收费合计", "Charged total"),
                        sum(margins.stream().map(TicketMargin::charged).toList()),
                        new Label("成本合计", "Cost total"),
                        sum(margins.stream().map(TicketMargin::cost).toList()))
                .pair(
                        new Label("毛利合计", "Margin total"),
                        sum(margins.stream().map(TicketMargin::margin).toList()),
                        new Label("制表 / 财会负责人", "Prepared / Finance"),
                        "")
                .build()
                .render();
    }

    private static String sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Cents.ZERO, BigDecimal::add).toPlainString();
    }
}
