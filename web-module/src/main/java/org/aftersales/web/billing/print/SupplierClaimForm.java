package org.aftersales.web.billing.print;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.aftersales.billing.boundary.CostViews.ClaimStepView;
import org.aftersales.billing.boundary.CostViews.SupplierClaimView;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * B5: the supplier claim (索赔单) as sent to the supplier — number, supplier, the ticket and the product
 * (model, serial number) of the free repair, the amount claimed, the claim's steps so far, and the
 * signature lines of both sides.
 */
public final class SupplierClaimForm {

    private SupplierClaimForm() {}

    /** The form; {@code people} gives a colleague's name for their login (never a login on paper). */
    public static byte[] pdf(SupplierClaimView c, String company, ZoneId zone, UnaryOperator<String> people) {
        Objects.requireNonNull(c, "The claim is required.");
        PrintFormat format = PrintFormat.in(zone);
        var zh = Messages.CHINESE;
        List<List<String>> steps = new ArrayList<>();
        for (ClaimStepView s : c.steps()) {
            steps.add(List.of(
                    EnumLabels.label(zh, s.state()),
                    format.time(s.at()),
                    people.apply(s.by()),
                    s.note() == null ? "" : s.note()));
        }
        return PaperForm.builder(new Label("索赔单", "Supplier Claim"))
                .company(company)
                .number(c.number())
                .pair(
                        new Label("供应商", "Supplier"),
                        c.supplier(),
                        new Label("状态", "State"),
                        EnumLabels.label(zh, c.state()))
                .pair(new Label("叫修单号", "Ticket"), c.ticketNumber(), new Label("部门", "Department"), c.department())
                .pair(
                        new Label("产品型号", "Model"),
                        c.model() == null ? "" : c.model(),
                        new Label("产品编号", "Serial number"),
                        c.serialNumber() == null ? "" : c.serialNumber())
                .pair(
                        new Label("索赔金额", "Amount claimed"),
                        format.money(c.amount()),
                        new Label("开单时间", "Opened at"),
                        format.time(c.openedAt()))
                .text(new Label("索赔事由", "Reason"), "外协产品保修期内免费维修所发生的费用（备件、工时、差旅、运费等），依约由供应商承担。")
                .part(new Label("处理记录", "Steps"))
                .table(
                        List.of(
                                Column.text(new Label("步骤", "Step"), 1.4f),
                                Column.text(new Label("时间", "Time"), 1.9f),
                                Column.text(new Label("经办人", "By"), 1.6f),
                                Column.text(new Label("说明", "Note"), 3.2f)),
                        steps)
                .pair(new Label("经办人签字", "Handler"), "", new Label("供应商确认", "Supplier"), "")
                .footer("aftersales · " + c.number())
                .build()
                .render();
    }
}
