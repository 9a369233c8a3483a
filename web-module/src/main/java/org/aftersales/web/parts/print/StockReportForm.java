package org.aftersales.web.parts.print;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.aftersales.domain.parts.FundUse;
import org.aftersales.domain.parts.StockReportLine;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;

/**
 * P6: the monthly stock-movement report (备件进销存月报) as a paper form, two copies (warehouse,
 * finance). Thirteen columns: printed across the page (A4 landscape) so that every header stays whole
 * — the Chinese term on one line, the English below it, never broken inside a word (issue 10.17).
 */
public final class StockReportForm {

    static final List<Column> COLUMNS = List.of(
            Column.text(new Label("服务站", "Service point"), 1.3f),
            Column.text(new Label("备件编号", "Part No."), 1.8f),
            Column.text(new Label("名称", "Name"), 2.4f),
            Column.number(new Label("期初数量", "Opening qty"), 1f),
            Column.number(new Label("期初金额", "Opening value"), 1.4f),
            Column.number(new Label("入库数量", "Receipts qty"), 1f),
            Column.number(new Label("入库金额", "Receipts value"), 1.4f),
            Column.number(new Label("出库数量", "Issues qty"), 1f),
            Column.number(new Label("出库金额", "Issues value"), 1.4f),
            Column.number(new Label("其中销货", "Of which sold"), 1f),
            Column.number(new Label("销货金额", "Sales value"), 1.4f),
            Column.number(new Label("期末数量", "Closing qty"), 1f),
            Column.number(new Label("期末金额", "Closing value"), 1.4f));

    private StockReportForm() {}

    /** The report of {@code month} for one service point (null or blank: all of them). */
    public static byte[] pdf(
            String month,
            String servicePoint,
            List<StockReportLine> report,
            Function<String, String> partNames,
            String company,
            FundUse fundUse) {
        return PaperForm.builder(new Label("备件进销存月报", "Monthly stock-movement report"))
                .company(company)
                .number(month)
                .landscape()
                .copies("第一联 仓库", "第二联 财务")
                .pair(
                        new Label("月份", "Month"),
                        month,
                        new Label("服务站", "Service point"),
                        servicePoint == null || servicePoint.isBlank() ? "全部 All" : servicePoint)
                .table(COLUMNS, report.stream().map(l -> cells(l, partNames)).toList())
                .pair(
                        new Label("期末数量合计", "Closing qty total"),
                        String.valueOf(report.stream()
                                .mapToInt(StockReportLine::closingQty)
                                .sum()),
                        new Label("期末金额合计", "Closing value total"),
                        report.stream()
                                .map(StockReportLine::closingValue)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                                .toPlainString())
                // SH/BD-06 资金使用情况: 资金定额, 月末库存, 下月初可用款 = quota − month-end stock
                .pair(
                        new Label("资金定额(元)", "Fund quota (CNY)"),
                        money(fundUse.quota()),
                        new Label("月末库存(元)", "Month-end stock (CNY)"),
                        money(fundUse.monthEndStock()))
                .pair(
                        new Label("下月初可用款(元)", "Available next month (CNY)"),
                        money(fundUse.availableNextMonth()),
                        new Label("制表 / 财会负责人 / 部门负责人", "Prepared / Finance / Head"),
                        "")
                .build()
                .render();
    }

    private static String money(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    /** One line as the screen, the workbook and the paper show it. */
    public static List<String> cells(StockReportLine l, Function<String, String> partNames) {
        return List.of(
                l.servicePoint(),
                l.partNumber(),
                partNames.apply(l.partNumber()),
                String.valueOf(l.openingQty()),
                l.openingValue().toPlainString(),
                String.valueOf(l.receiptsQty()),
                l.receiptsValue().toPlainString(),
                String.valueOf(l.issuesQty()),
                l.issuesValue().toPlainString(),
                String.valueOf(l.salesQty()),
                l.salesValue().toPlainString(),
                String.valueOf(l.closingQty()),
                l.closingValue().toPlainString());
    }
}
