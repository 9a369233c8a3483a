package org.aftersales.web.billing.print;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.aftersales.billing.boundary.BillingViews.ChargeView;
import org.aftersales.billing.boundary.BillingViews.LineView;
import org.aftersales.billing.boundary.BillingViews.PaymentView;
import org.aftersales.billing.boundary.BillingViews.QuoteView;
import org.aftersales.billing.boundary.BillingViews.RefundView;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * B2, B3: the quote (维修报价单: the ticket, the customer, every line, cost, markup, total, who pays, the
 * fee schedule version, the customer's signature or phone consent), two copies; 10.3: the receipt of a
 * charge (收费单: total, every payment and refund with its method, received, refunded, balance), three
 * copies. Chinese as the paper is; no enum names, colleagues by name.
 */
public final class BillingForms {

    static final List<String> QUOTE_COPIES = List.of("第一联 存根", "第二联 客户");
    static final List<String> RECEIPT_COPIES = List.of("第一联 存根", "第二联 客户", "第三联 财务");

    private BillingForms() {}

    public static byte[] quote(
            QuoteView q, TicketView t, byte[] signature, String company, ZoneId zone, UnaryOperator<String> people) {
        Objects.requireNonNull(q, "The quote is required.");
        PrintFormat format = PrintFormat.in(zone);
        List<List<String>> rows = new ArrayList<>();
        for (LineView l : q.lines()) {
            rows.add(List.of(String.valueOf(l.lineNo()), label(l.category()), details(l, q), format.money(l.amount())));
        }
        PaperForm.Builder form = PaperForm.builder(new Label("维修报价单", "Repair Quote"))
                .company(company)
                .number(q.ticketNumber())
                .copies(QUOTE_COPIES.toArray(String[]::new))
                .pair(new Label("客户名称", "Customer"), t.customerName(), new Label("电话", "Phone"), t.phone())
                .pair(new Label("地址", "Address"), t.address(), new Label("联系人", "Contact"), t.contact())
                .pair(new Label("产品型号", "Model"), t.model(), new Label("出厂编码", "Serial number"), t.serialNumber())
                .pair(
                        new Label("服务类型", "Service"),
                        label(t.kind()),
                        new Label("故障等级", "Fault level"),
                        label(t.faultLevel()))
                .text(new Label("诊断", "Diagnosis"), t.diagnosis())
                .table(
                        List.of(
                                Column.number(new Label("序号", "No."), 0.7f),
                                Column.text(new Label("项目", "Item"), 2f),
                                Column.text(new Label("说明", "Details"), 3.5f),
                                Column.number(new Label("金额", "Amount"), 1.8f)),
                        rows)
                .pair(
                        new Label("成本合计", "Cost"),
                        format.money(q.cost()),
                        new Label("报价合计", "Total"),
                        format.money(q.total()))
                .pair(
                        new Label("付费方", "Payer"),
                        label(q.payer()),
                        new Label("客户应付", "Customer pays"),
                        format.money(q.customerPays()))
                .pair(
                        new Label("收费标准版本", "Fee schedule"),
                        "V" + q.feeSchedule(),
                        new Label("报价人", "Quoted by"),
                        people.apply(q.quotedBy()) + " " + format.time(q.quotedAt()));
        if (q.discount() != null && q.discount().signum() > 0) {
            form.pair(
                    new Label("优惠", "Discount"),
                    format.money(q.discount()),
                    new Label("优惠原因", "Reason"),
                    q.discountReason());
        }
        if (q.acceptedAt() != null) {
            form.pair(
                    new Label("客户确认方式", "Agreed by"),
                    label(q.acceptanceMethod()),
                    new Label("经办人", "Recorded by"),
                    people.apply(q.acceptanceRecordedBy()));
        }
        if (q.declinedAt() != null) {
            form.wide(
                    new Label("客户拒绝", "Declined"),
                    format.time(q.declinedAt()) + " " + (q.declineReason() == null ? "" : q.declineReason()));
        }
        return form.signature(
                        new Label("客户签字", "Customer's signature"),
                        signature,
                        q.acceptedBy(),
                        format.time(q.acceptedAt()))
                .footer("aftersales · " + q.ticketNumber())
                .build()
                .render();
    }

    public static byte[] receipt(
            ChargeView c, TicketView t, String company, ZoneId zone, UnaryOperator<String> people) {
        Objects.requireNonNull(c, "The charge is required.");
        PrintFormat format = PrintFormat.in(zone);
        List<List<String>> rows = new ArrayList<>();
        for (PaymentView p : c.payments()) {
            rows.add(List.of(
                    String.valueOf(p.lineNo()),
                    format.time(p.at()),
                    p.refundNo() != null ? "退款 R" + p.refundNo() : label(p.method()),
                    people.apply(p.recordedBy()),
                    format.money(p.amount())));
        }
        PaperForm.Builder form = PaperForm.builder(new Label("收费单", "Receipt"))
                .company(company)
                .number(c.number())
                .copies(RECEIPT_COPIES.toArray(String[]::new))
                .pair(
                        new Label("客户名称", "Customer"),
                        t == null ? "" : t.customerName(),
                        new Label("叫修单号", "Ticket"),
                        c.ticketNumber())
                .pair(
                        new Label("开单日期", "Date"),
                        format.time(c.createdAt()),
                        new Label("开单人", "Issued by"),
                        people.apply(c.createdBy()))
                .part(new Label("收款记录", "Payments"))
                .table(
                        List.of(
                                Column.number(new Label("序号", "No."), 0.7f),
                                Column.text(new Label("时间", "Time"), 2.2f),
                                Column.text(new Label("付款方式", "Method"), 1.8f),
                                Column.text(new Label("收款员", "Cashier"), 1.6f),
                                Column.number(new Label("金额", "Amount"), 1.8f)),
                        rows)
                .pair(
                        new Label("应收合计", "Total"),
                        format.money(c.total()),
                        new Label("已收", "Received"),
                        format.money(c.paid()))
                .pair(
                        new Label("已退", "Refunded"),
                        format.money(c.refunded()),
                        new Label("未收余额", "Balance"),
                        format.money(c.balance()));
        for (RefundView r : c.refunds()) {
            form.wide(
                    new Label("退款 R" + r.refundNo(), "Refund"),
                    format.money(r.amount()) + " · " + label(r.state()) + " · " + r.reason());
        }
        return form.signature(new Label("收款员签字", "Cashier's signature"), null, null, null)
                .footer("aftersales · " + c.number())
                .build()
                .render();
    }

    /**
     * What a quote line says on paper: the tax and markup lines keep their rate as a fraction (0.13),
     * printed as the percent the paper shows (13 %); a discount (policy or ad hoc) shows its share of
     * the quote's total as a percent, with the policy's name.
     */
    public static String details(LineView l, QuoteView q) {
        String d = l.description() == null ? "" : l.description();
        return switch (l.category()) {
            case TAX, MARKUP -> fraction(d).map(BillingForms::percent).orElse(d);
            case POLICY, DISCOUNT -> {
                String name = l.category() == org.aftersales.domain.billing.QuoteLineCategory.POLICY
                                && q.policyReason() != null
                        ? q.policyReason()
                        : d;
                String share = q.total() == null || q.total().signum() == 0 || l.amount() == null
                        ? ""
                        : percent(l.amount().abs().divide(q.total(), 4, java.math.RoundingMode.HALF_UP));
                yield (name + " " + share).strip();
            }
            default -> d;
        };
    }

    /** A rate kept as a fraction (0.13, 0.4) as the percent printed on forms (13 %, 40 %). */
    static String percent(java.math.BigDecimal fraction) {
        java.math.BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + " %";
    }

    private static java.util.Optional<java.math.BigDecimal> fraction(String text) {
        try {
            return java.util.Optional.of(new java.math.BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static String label(Enum<?> value) {
        return value == null ? "" : EnumLabels.label(Messages.CHINESE, value);
    }
}
