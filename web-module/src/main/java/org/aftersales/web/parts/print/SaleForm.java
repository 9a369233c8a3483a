package org.aftersales.web.parts.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.aftersales.domain.parts.PaymentMethod;
import org.aftersales.parts.boundary.PartSaleViews.SaleLineView;
import org.aftersales.parts.boundary.PartSaleViews.SaleView;
import org.aftersales.parts.boundary.PartSaleViews.SettlementRow;
import org.aftersales.parts.boundary.PartSaleViews.SettlementView;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PaymentSlipForm;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * P5: the parts sales card (零配件销货卡: 编号, 名称, date, 营业员, 收款员, 结帐人) with its lines, and
 * the payment slip (缴款单: date, 编号, 交款员, 收款员; three copies to 收款员存根, 财会室, 营业单位) with
 * the sales settlement (销售结帐表) by salesperson and payment method.
 */
public final class SaleForm {

    static final List<String> SALE_COPIES = List.of("第一联 存根", "第二联 顾客");

    private SaleForm() {}

    public static byte[] sale(SaleView sale, String company, java.time.ZoneId zone) {
        return sale(sale, company, zone, UnaryOperator.identity());
    }

    /** The card; {@code people} gives a colleague's name for their login (issue 10.17: 营业员 李四, not tech1). */
    public static byte[] sale(SaleView sale, String company, java.time.ZoneId zone, UnaryOperator<String> people) {
        Objects.requireNonNull(sale, "The sale is required.");
        PrintFormat format = PrintFormat.in(zone);
        List<List<String>> rows = new ArrayList<>();
        for (SaleLineView l : sale.lines()) {
            rows.add(List.of(
                    l.partNumber(),
                    l.partName(),
                    l.unit(),
                    String.valueOf(l.quantity()),
                    format.money(l.unitPrice()),
                    format.money(l.amount())));
        }
        return PaperForm.builder(new Label("零配件销货卡", "Parts Sales Card"))
                .company(company)
                .number(sale.number())
                .copies(SALE_COPIES.toArray(String[]::new))
                .pair(new Label("名称", "Buyer"), sale.buyer(), new Label("电话", "Phone"), sale.buyerPhone())
                .pair(
                        new Label("日期", "Date"),
                        format.time(sale.soldAt()),
                        new Label("服务站", "Service point"),
                        sale.servicePoint())
                .pair(
                        new Label("叫修单号", "Ticket"),
                        sale.ticketNumber(),
                        new Label("付款方式", "Payment"),
                        paymentMethod(sale.paymentMethod()))
                .table(
                        List.of(
                                Column.text(new Label("编号", "Part No."), 2.2f),
                                Column.text(new Label("品名", "Name"), 2.8f),
                                Column.text(new Label("单位", "Unit"), 0.9f),
                                Column.number(new Label("数量", "Qty"), 1f),
                                Column.number(new Label("单价", "Unit price"), 1.6f),
                                Column.number(new Label("金额", "Amount"), 1.8f)),
                        rows)
                .pair(new Label("合计金额", "Total"), format.money(sale.total()), new Label("备注", "Note"), sale.note())
                .pair(
                        new Label("营业员", "Salesperson"),
                        people.apply(sale.soldBy()),
                        new Label("收款员", "Cashier"),
                        people.apply(sale.cashier()))
                .wide(new Label("结帐（缴款单）", "Settled on payment slip"), sale.settlementNumber())
                .footer("aftersales · " + sale.number())
                .build()
                .render();
    }

    public static byte[] payment(SettlementView slip, String company, java.time.ZoneId zone) {
        return payment(slip, company, zone, UnaryOperator.identity());
    }

    public static byte[] payment(
            SettlementView slip, String company, java.time.ZoneId zone, UnaryOperator<String> people) {
        Objects.requireNonNull(slip, "The payment slip is required.");
        PrintFormat format = PrintFormat.in(zone);
        List<List<String>> rows = new ArrayList<>();
        for (SettlementRow r : slip.rows()) {
            rows.add(List.of(
                    people.apply(r.soldBy()),
                    paymentMethod(r.paymentMethod()),
                    String.valueOf(r.sales()),
                    format.money(r.amount())));
        }
        return PaymentSlipForm.render(
                new PaymentSlipForm.Slip(
                        slip.number(),
                        slip.settledAt(),
                        new Label("服务站", "Service point"),
                        slip.servicePoint(),
                        slip.paidInBy(),
                        slip.cashier(),
                        new Label("销售结帐表", "Sales settlement"),
                        List.of(
                                Column.text(new Label("营业员", "Salesperson"), 2.5f),
                                Column.text(new Label("付款方式", "Payment"), 2f),
                                Column.number(new Label("笔数", "Sales"), 1.2f),
                                Column.number(new Label("金额", "Amount"), 2f)),
                        rows,
                        new Label("笔数合计", "Sales"),
                        slip.salesCount(),
                        slip.total(),
                        null),
                company,
                zone,
                people);
    }

    /** The printed name of a payment method, as the screens say it (the form is Chinese). */
    static String paymentMethod(PaymentMethod method) {
        return EnumLabels.label(Messages.CHINESE, method);
    }
}
