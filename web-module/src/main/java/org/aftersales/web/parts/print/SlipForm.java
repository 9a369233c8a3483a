package org.aftersales.web.parts.print;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.aftersales.domain.parts.SlipKind;
import org.aftersales.parts.boundary.StockViews.DiscrepancyView;
import org.aftersales.parts.boundary.StockViews.SlipLineView;
import org.aftersales.parts.boundary.StockViews.SlipView;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * P2, P3: the warehouse slips as their paper forms, one page per copy (联): the inbound slip
 * (入库单; warehouse, finance, purchaser) with the receiving check, the outbound slip (出库单; clerk,
 * warehouse, finance, customer) and the transfer slip (调拨单; five copies) with the quantity and
 * amount actually received.
 */
public final class SlipForm {

    static final List<String> INBOUND_COPIES = List.of("第一联 仓库", "第二联 财务", "第三联 采购");
    static final List<String> OUTBOUND_COPIES = List.of("第一联 经办", "第二联 仓库", "第三联 财务", "第四联 客户");
    static final List<String> TRANSFER_COPIES = List.of("第一联 存根", "第二联 调出单位", "第三联 调入单位", "第四联 财务", "第五联 仓库");

    private SlipForm() {}

    /** The part names of the lines, by part number (the slip keeps numbers only). */
    public interface PartNames {
        String nameOf(String partNumber);

        String unitOf(String partNumber);
    }

    public static byte[] pdf(SlipView slip, PartNames parts, String company, ZoneId zone) {
        return pdf(slip, parts, company, zone, UnaryOperator.identity());
    }

    /** The slip; {@code people} gives a colleague's name for their login (issue 10.17: 经办人 王五, not keeper1). */
    public static byte[] pdf(
            SlipView slip, PartNames parts, String company, ZoneId zone, UnaryOperator<String> people) {
        Objects.requireNonNull(slip, "The slip is required.");
        PrintFormat format = PrintFormat.in(zone);
        PaperForm.Builder form = switch (slip.kind()) {
            case INBOUND ->
                PaperForm.builder(new Label("入库单", "Inbound Slip"))
                        .copies(INBOUND_COPIES.toArray(String[]::new))
                        .pair(
                                new Label("入库服务站", "Service point"),
                                slip.servicePoint(),
                                new Label("供货单位", "Supplier"),
                                slip.supplier());
            case OUTBOUND ->
                PaperForm.builder(new Label("出库单", "Outbound Slip"))
                        .copies(OUTBOUND_COPIES.toArray(String[]::new))
                        .pair(
                                new Label("出库服务站", "Service point"),
                                slip.servicePoint(),
                                new Label("叫修单号", "Ticket"),
                                slip.ticketNumber())
                        .wide(new Label("领用人", "Recipient"), people.apply(slip.recipient()));
            case TRANSFER ->
                PaperForm.builder(new Label("调拨单", "Transfer Slip"))
                        .copies(TRANSFER_COPIES.toArray(String[]::new))
                        .pair(
                                new Label("调出服务站", "From service point"),
                                slip.servicePoint(),
                                new Label("调入服务站", "To service point"),
                                slip.toServicePoint());
        };
        form.company(company)
                .number(slip.number())
                .pair(
                        new Label("日期", "Date"),
                        format.time(slip.issuedAt()),
                        new Label("经办人", "Clerk"),
                        people.apply(slip.issuedBy()));
        form.table(columns(slip.kind()), lines(slip, parts, format));
        form.pair(new Label("合计金额", "Total"), format.money(slip.total()), new Label("备注", "Note"), slip.note());
        if (slip.kind() == SlipKind.INBOUND && !slip.discrepancies().isEmpty()) {
            form.part(new Label("进货验收差错", "Receiving discrepancies"));
            List<List<String>> rows = new ArrayList<>();
            for (DiscrepancyView d : slip.discrepancies()) {
                rows.add(List.of(
                        d.partNumber(),
                        format.money(d.unitPrice()),
                        String.valueOf(d.invoicedQty()),
                        String.valueOf(d.countedQty()),
                        String.valueOf(d.surplus()),
                        String.valueOf(d.shortage())));
            }
            form.table(
                    List.of(
                            Column.text(new Label("品名编号", "Part"), 3f),
                            Column.number(new Label("单价", "Unit price"), 2f),
                            Column.number(new Label("发票数量", "Invoiced"), 1.5f),
                            Column.number(new Label("实点数量", "Counted"), 1.5f),
                            Column.number(new Label("溢余", "Surplus"), 1.2f),
                            Column.number(new Label("短缺", "Shortage"), 1.2f)),
                    rows);
        }
        return form.signature(
                        new Label(slip.kind() == SlipKind.OUTBOUND ? "领用人签字" : "仓库签字", "Signature"), null, null, null)
                .footer("aftersales · " + slip.number())
                .build()
                .render();
    }

    private static List<Column> columns(SlipKind kind) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text(new Label("编号", "Part No."), 2.2f),
                Column.text(new Label("品名", "Name"), 2.6f),
                Column.text(new Label("单位", "Unit"), 0.9f)));
        switch (kind) {
            case INBOUND -> {
                columns.add(Column.number(new Label("应收", "Invoiced"), 1.1f));
                columns.add(Column.number(new Label("实收", "Counted"), 1.1f));
            }
            case OUTBOUND -> columns.add(Column.number(new Label("数量", "Qty"), 1.1f));
            case TRANSFER -> {
                columns.add(Column.number(new Label("数量", "Qty"), 1.1f));
                columns.add(Column.number(new Label("实收数量", "Received"), 1.1f));
            }
        }
        columns.add(Column.number(new Label("单价", "Unit price"), 1.6f));
        columns.add(Column.number(new Label("金额", "Amount"), 1.8f));
        if (kind == SlipKind.TRANSFER) {
            columns.add(Column.number(new Label("实收金额", "Received amount"), 1.8f));
        }
        return columns;
    }

    private static List<List<String>> lines(SlipView slip, PartNames parts, PrintFormat format) {
        List<List<String>> lines = new ArrayList<>();
        for (SlipLineView l : slip.lines()) {
            List<String> row = new ArrayList<>(List.of(
                    l.partNumber(), nonNull(parts.nameOf(l.partNumber())), nonNull(parts.unitOf(l.partNumber()))));
            switch (slip.kind()) {
                case INBOUND -> {
                    row.add(String.valueOf(l.invoicedQty() == null ? l.quantity() : l.invoicedQty()));
                    row.add(String.valueOf(l.quantity()));
                }
                case OUTBOUND -> row.add(String.valueOf(l.quantity()));
                case TRANSFER -> {
                    row.add(String.valueOf(l.quantity()));
                    row.add(String.valueOf(l.receivedQty()));
                }
            }
            row.add(format.money(money(l.unitPrice())));
            row.add(format.money(l.amount()));
            if (slip.kind() == SlipKind.TRANSFER) {
                row.add(format.money(l.receivedAmount()));
            }
            lines.add(row);
        }
        return lines;
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
