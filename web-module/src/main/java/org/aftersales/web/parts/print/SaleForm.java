package org.aftersales.web.parts.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftersales.parts.boundary.PartSaleViews.SaleLineView;
import org.aftersales.parts.boundary.PartSaleViews.SaleView;
import org.aftersales.parts.boundary.PartSaleViews.SettlementRow;
import org.aftersales.parts.boundary.PartSaleViews.SettlementView;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * P5: the parts sales card (零配件销货卡: 编号, 名称, date, 营业员, 收款员, 结帐人) with its lines, and
 * the payment slip (缴款单: date, 编号, 交款员, 收款员; three copies to 收款员存根, 财会室, 营业单位) with
 * the sales settlement (销售结帐表) by salesperson and payment method.
 */
public final class SaleForm {

    static final List<String> SALE_COPIES = List.of("第一联 存根", "第二联 顾客");
    static final List<String> PAYMENT_COPIES = List.of("第一联 收款员（存根）", "第二联 财会室", "第三联 营业单位");

    private SaleForm() {
    }

    public static byte[] sale(SaleView sale, String company, java.time.ZoneId zone) {
        Objects.requireNonNull(sale, "The sale is required.");
        PrintFormat format = PrintFormat.in(zone);
        List<List<String>> rows = new ArrayList<>();
        for (SaleLineView l : sale.lines()) {
            rows.add(List.of(l.partNumber(), l.partName(), l.unit(), String.valueOf(l.quantity()),
                    format.money(l.unitPrice()), format.money(l.amount())));
        }
        return PaperForm.builder(new Label("零配件销货卡", "Parts Sales Card"))
                .company(company).number(sale.number())
                .copies(SALE_COPIES.toArray(String[]::new))
                .pair(new Label("名称", "Buyer"), sale.buyer(), new Label("电话", "Phone"), sale.buyerPhone())
                .pair(new Label("日期", "Date"), format.time(sale.soldAt()), new Label("服务点", "Service point"),
                        sale.servicePoint())
                .pair(new Label("工单号", "Ticket"), sale.ticketNumber(), new Label("付款方式", "Payment"),
                        paymentMethod(sale.paymentMethod().name()))
                .table(List.of(Column.text(new Label("编号", "Part No."), 2.2f), Column.text(new Label("品名", "Name"), 2.8f),
                        Column.text(new Label("单位", "Unit"), 0.9f), Column.number(new Label("数量", "Qty"), 1f),
                        Column.number(new Label("单价", "Unit price"), 1.6f),
                        Column.number(new Label("金额", "Amount"), 1.8f)), rows)
                .pair(new Label("合计金额", "Total"), format.money(sale.total()), new Label("备注", "Note"), sale.note())
                .pair(new Label("营业员", "Salesperson"), sale.soldBy(), new Label("收款员", "Cashier"), sale.cashier())
                .wide(new Label("结帐（缴款单）", "Settled on payment slip"), sale.settlementNumber())
                .footer("aftersales · " + sale.number())
                .build().render();
    }

    public static byte[] payment(SettlementView slip, String company, java.time.ZoneId zone) {
        Objects.requireNonNull(slip, "The payment slip is required.");
        PrintFormat format = PrintFormat.in(zone);
        List<List<String>> rows = new ArrayList<>();
        for (SettlementRow r : slip.rows()) {
            rows.add(List.of(r.soldBy(), paymentMethod(r.paymentMethod().name()), String.valueOf(r.sales()),
                    format.money(r.amount())));
        }
        return PaperForm.builder(new Label("缴款单", "Payment Slip"))
                .company(company).number(slip.number())
                .copies(PAYMENT_COPIES.toArray(String[]::new))
                .pair(new Label("日期", "Date"), format.time(slip.settledAt()), new Label("营业单位", "Unit"),
                        slip.servicePoint())
                .pair(new Label("交款员", "Paid in by"), slip.paidInBy(), new Label("收款员", "Cashier"), slip.cashier())
                .part(new Label("销售结帐表", "Sales settlement"))
                .table(List.of(Column.text(new Label("营业员", "Salesperson"), 2.5f),
                        Column.text(new Label("付款方式", "Payment"), 2f), Column.number(new Label("笔数", "Sales"), 1.2f),
                        Column.number(new Label("金额", "Amount"), 2f)), rows)
                .pair(new Label("笔数合计", "Sales"), String.valueOf(slip.salesCount()), new Label("金额合计", "Total"),
                        format.money(slip.total()))
                .signature(new Label("收款员签字", "Cashier's signature"), null, null, null)
                .footer("aftersales · " + slip.number())
                .build().render();
    }

    /** The printed name of a payment method (the form is Chinese; the code stays beside it). */
    static String paymentMethod(String code) {
        return switch (code) {
            case "CASH" -> "现金";
            case "CARD" -> "银行卡";
            case "BANK_TRANSFER" -> "转账";
            case "WECHAT" -> "微信";
            case "ALIPAY" -> "支付宝";
            default -> code;
        };
    }
}
