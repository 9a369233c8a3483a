package org.aftersales.web.billing.print;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.aftersales.billing.boundary.CashSlipViews.CashLine;
import org.aftersales.billing.boundary.CashSlipViews.SlipView;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PaymentSlipForm;
import org.aftersales.web.shared.print.PrintFormat;

/** 10.3: the technician's payment slip (缴款单) — the shared form with the cash payments it covers. */
public final class CashSlipForm {

    private CashSlipForm() {}

    public static byte[] render(SlipView slip, String company, ZoneId zone, UnaryOperator<String> people) {
        PrintFormat format = PrintFormat.in(zone);
        List<List<String>> rows = new ArrayList<>();
        for (CashLine l : slip.lines()) {
            rows.add(List.of(l.chargeNumber(), l.ticketNumber(), format.time(l.at()), format.money(l.amount())));
        }
        return PaymentSlipForm.render(
                new PaymentSlipForm.Slip(
                        slip.number(),
                        slip.settledAt(),
                        new Label("部门", "Department"),
                        slip.department(),
                        slip.paidInBy(),
                        slip.cashier(),
                        new Label("现金收费明细", "Cash taken on site"),
                        List.of(
                                Column.text(new Label("收费单", "Charge"), 2.5f),
                                Column.text(new Label("叫修单", "Ticket"), 2.5f),
                                Column.text(new Label("收款时间", "Taken at"), 2.5f),
                                Column.number(new Label("金额", "Amount"), 2f)),
                        rows,
                        new Label("笔数合计", "Payments"),
                        slip.payments(),
                        slip.total(),
                        slip.counted()),
                company,
                zone,
                people);
    }
}
