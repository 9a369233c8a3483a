package org.aftersales.web.billing.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.billing.CostCategory;
import org.aftersales.domain.billing.DailyReport;
import org.aftersales.domain.billing.DayAndMonth;
import org.aftersales.domain.parts.MovementType;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;

/**
 * B7: the daily economic accounting report (经济核算日报, form SH/BD-05) in the paper's layout — its
 * head (部门名称, 年月日), the stock block (昨日库存, 收入: 购进 调入 溢余 其它, 支出: 销货 调出 报耗 其它,
 * 今日库存), the money block (charges, receipts, refunds), the costs block (项目, 金额, 本月累计, 合计) and
 * the signature line (制表, 财会负责人, 部门负责). The same lines make the screen and the workbook.
 * After the money block the over/short cash (长款/短款) of the payment slips received, after the costs
 * (the B5 cost bookings) the quota block (定额: the month's expense quota, used, remaining; the fund
 * quota, the stock it ties up today, available — only when a fund quota is set). The paper's 残损 has
 * no source yet and is left out.
 */
public final class DailyReportForm {

    /** One line of the report: its bundle key (screen, workbook), its printed label, day and month to date. */
    public record Line(String key, Label label, String day, String monthToDate) implements java.io.Serializable {}

    /** The same columns twice: the paper's left and right blocks. */
    static final List<Column> TWO_BLOCKS = List.of(
            Column.text(new Label("项目", "Item"), 3f),
            Column.number(new Label("金额", "Amount"), 1.3f),
            Column.number(new Label("本月累计", "Month to date"), 1.3f),
            Column.text(new Label("项目", "Item"), 3f),
            Column.number(new Label("金额", "Amount"), 1.3f),
            Column.number(new Label("本月累计", "Month to date"), 1.3f));

    private DailyReportForm() {}

    private static List<String> cells(Line l) {
        return List.of(l.label().chinese() + " " + l.label().english(), l.day(), l.monthToDate());
    }

    /** The report's lines in the paper's order. */
    public static List<Line> lines(DailyReport r) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(
                "dailyReport.stockYesterday", new Label("昨日库存", "Stock yesterday"), money(r.stockYesterday()), ""));
        stock(lines, r, MovementType.RECEIPT, "dailyReport.in.receipt", new Label("收入：购进", "In: purchases"));
        stock(lines, r, MovementType.TRANSFER_IN, "dailyReport.in.transfer", new Label("收入：调入", "In: transfers in"));
        stock(lines, r, MovementType.ADJUSTMENT_GAIN, "dailyReport.in.gain", new Label("收入：溢余", "In: surplus"));
        stock(
                lines,
                r,
                MovementType.RETURN_DEFECTIVE,
                "dailyReport.in.other",
                new Label("收入：其它（退回件）", "In: other (returns)"));
        stock(lines, r, MovementType.SALE, "dailyReport.out.sale", new Label("支出：销货", "Out: sales"));
        stock(
                lines,
                r,
                MovementType.TRANSFER_OUT,
                "dailyReport.out.transfer",
                new Label("支出：调出", "Out: transfers out"));
        stock(lines, r, MovementType.ADJUSTMENT_LOSS, "dailyReport.out.loss", new Label("支出：报耗", "Out: losses"));
        stock(lines, r, MovementType.ISSUE, "dailyReport.out.other", new Label("支出：其它（维修领用）", "Out: other (repairs)"));
        lines.add(new Line("dailyReport.stockToday", new Label("今日库存", "Stock today"), money(r.stockToday()), ""));
        lines.add(figure("dailyReport.charges", new Label("收费单金额", "Charged"), r.charges()));
        lines.add(figure("dailyReport.receipts", new Label("收款", "Received"), r.receipts()));
        lines.add(figure("dailyReport.refunds", new Label("退款", "Refunded"), r.refunds()));
        lines.add(figure("dailyReport.netReceipts", new Label("实收", "Net received"), r.netReceipts()));
        lines.add(figure("dailyReport.overShort", new Label("长短款（长+ 短−）", "Cash over (+) / short (−)"), r.overShort()));
        // B5: the booked cost of the tickets resolved
        cost(lines, r, CostCategory.PARTS, new Label("费用：配件（领用成本）", "Cost: parts (issue cost)"));
        cost(lines, r, CostCategory.LABOUR, new Label("费用：工时", "Cost: labour"));
        cost(lines, r, CostCategory.TRAVEL_ALLOWANCE, new Label("费用：差旅及补助", "Cost: travel and allowances"));
        cost(lines, r, CostCategory.RENTAL, new Label("费用：设备工具租赁、现场协调", "Cost: rental, site coordination"));
        cost(lines, r, CostCategory.FREIGHT, new Label("费用：返厂运费", "Cost: return freight"));
        lines.add(figure("dailyReport.costTotal", new Label("费用合计", "Costs total"), r.costTotal()));
        // B7 定额: the expense quota of the month (month column), the fund quota against today's stock (day column)
        DailyReport.Quotas q = r.quotas();
        lines.add(new Line(
                "dailyReport.quota.expense",
                new Label("费用定额（本月）", "Expense quota (month)"),
                "",
                money(q.expenseQuota())));
        lines.add(
                figure("dailyReport.quota.expenseUsed", new Label("费用定额：已用", "Expense quota: used"), q.expenseUsed()));
        lines.add(new Line(
                "dailyReport.quota.expenseRemaining",
                new Label("费用定额：结余", "Expense quota: remaining"),
                "",
                money(q.expenseRemaining())));
        if (q.fundQuota() != null) {
            lines.add(new Line("dailyReport.quota.fund", new Label("资金定额", "Fund quota"), money(q.fundQuota()), ""));
            lines.add(new Line(
                    "dailyReport.quota.fundUsed",
                    new Label("资金定额：占用（今日库存）", "Fund quota: tied up (stock today)"),
                    money(q.stockToday()),
                    ""));
            lines.add(new Line(
                    "dailyReport.quota.fundAvailable",
                    new Label("资金定额：可用", "Fund quota: available"),
                    money(q.fundAvailable()),
                    ""));
        }
        return lines;
    }

    /**
     * The form on one A4 page, two copies (finance, department): the lines in two blocks side by side
     * as on the paper — the stock and money on the left, the over/short cash, costs and quotas on the
     * right.
     */
    public static byte[] pdf(DailyReport r, String departmentName, String company) {
        List<Line> all = lines(r);
        int half = (all.size() + 1) / 2;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            List<String> row = new ArrayList<>(cells(all.get(i)));
            row.addAll(i + half < all.size() ? cells(all.get(i + half)) : List.of("", "", ""));
            rows.add(row);
        }
        return PaperForm.builder(new Label("经济核算日报", "Daily economic accounting report"))
                .company(company)
                .number("SH/BD-05 " + r.department() + " " + r.day())
                .copies("第一联 财会", "第二联 部门")
                .pair(
                        new Label("部门名称", "Department"),
                        departmentName,
                        new Label("年月日", "Date"),
                        r.day().getYear() + "年" + r.day().getMonthValue() + "月"
                                + r.day().getDayOfMonth() + "日")
                .pair(
                        new Label("服务站", "Service point"),
                        r.servicePoint() == null ? "全部 All" : r.servicePoint(),
                        new Label("表号", "Form"),
                        "SH/BD-05")
                .table(TWO_BLOCKS, rows)
                .pair(new Label("制表", "Prepared by"), "", new Label("财会负责人", "Head of finance"), "")
                .wide(new Label("部门负责", "Head of department"), "")
                .build()
                .render();
    }

    private static void stock(List<Line> lines, DailyReport r, MovementType type, String key, Label label) {
        lines.add(new Line(
                key, label, money(r.stock().today(type)), money(r.stock().monthToDate(type))));
    }

    private static void cost(List<Line> lines, DailyReport r, CostCategory category, Label label) {
        lines.add(figure(
                "dailyReport.cost." + category.name().toLowerCase(java.util.Locale.ROOT), label, r.cost(category)));
    }

    private static Line figure(String key, Label label, DayAndMonth f) {
        return new Line(key, label, money(f.day()), money(f.monthToDate()));
    }

    private static String money(BigDecimal value) {
        return value == null
                ? ""
                : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
