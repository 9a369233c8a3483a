package org.aftersales.web.shared.print;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;

/**
 * P5, 10.3: the payment slip (缴款单: date, 编号, 交款员, 收款员; three copies to 收款员存根, 财会室, 营业单位)
 * of any cash handed in to finance — the parts counter's sales settlement, a technician's cash taken on
 * site — with the table of what it covers. One form for every context (PaymentSlip in the domain).
 */
public final class PaymentSlipForm {

    public static final List<String> COPIES = List.of("第一联 收款员（存根）", "第二联 财会室", "第三联 营业单位");

    /**
     * What one slip prints: its header, the part's title and columns, the rows, the count and the total;
     * {@code counted}, the cash the cashier counted, or null when the slip prints without it.
     */
    public record Slip(
            String number,
            Instant settledAt,
            Label unitLabel,
            String unit,
            String paidInBy,
            String cashier,
            Label part,
            List<Column> columns,
            List<List<String>> rows,
            Label countLabel,
            int count,
            BigDecimal total,
            BigDecimal counted) {

        /** 长短款: counted − total (over +, short −); null while the cashier has not counted (no such line). */
        public BigDecimal overShort() {
            return counted == null ? null : counted.subtract(total);
        }
    }

    private PaymentSlipForm() {}

    public static byte[] render(Slip slip, String company, ZoneId zone, UnaryOperator<String> people) {
        Objects.requireNonNull(slip, "The payment slip is required.");
        PrintFormat format = PrintFormat.in(zone);
        var form = PaperForm.builder(new Label("缴款单", "Payment Slip"))
                .company(company)
                .number(slip.number())
                .copies(COPIES.toArray(String[]::new))
                .pair(new Label("日期", "Date"), format.time(slip.settledAt()), slip.unitLabel(), slip.unit())
                .pair(
                        new Label("交款员", "Paid in by"),
                        people.apply(slip.paidInBy()),
                        new Label("收款员", "Cashier"),
                        people.apply(slip.cashier()))
                .part(slip.part())
                .table(slip.columns(), slip.rows())
                .pair(
                        slip.countLabel(),
                        String.valueOf(slip.count()),
                        new Label("金额合计", "Total"),
                        format.money(slip.total()));
        if (slip.counted() != null) {
            // 10.3: what the cashier counted and the over/short cash (长款 +, 短款 −)
            form = form.pair(
                    new Label("实收金额", "Counted"),
                    format.money(slip.counted()),
                    new Label("长短款", "Over/short"),
                    format.money(slip.overShort()));
        }
        return form.signature(new Label("收款员签字", "Cashier's signature"), null, null, null)
                .footer("aftersales · " + slip.number())
                .build()
                .render();
    }
}
