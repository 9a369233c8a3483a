package org.aftersales.web.approvals.print;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalDetail;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalSummary;
import org.aftersales.approvals.boundary.ApprovalViews.DecisionView;
import org.aftersales.approvals.boundary.ApprovalViews.StepView;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * Issue 12.6: the approval sheet (审批单) as on paper — the kind, the subject and its summary, amount,
 * department, who asked and when, then the signatures in the order of the chain (step, who signed, on
 * whose behalf, the decision, when, why) with a line to sign by hand beside each; a step nobody has
 * signed yet shows who is to sign it.
 */
public final class ApprovalForm {

    private ApprovalForm() {}

    /** The sheet; {@code people} gives a colleague's name for their login (never a login on paper). */
    public static byte[] pdf(ApprovalDetail detail, String company, ZoneId zone, UnaryOperator<String> people) {
        Objects.requireNonNull(detail, "The approval is required.");
        ApprovalSummary r = detail.request();
        PrintFormat format = PrintFormat.in(zone);
        var zh = Messages.CHINESE;
        List<List<String>> rows = new ArrayList<>();
        for (StepView s : detail.steps()) {
            String step = (s.position() + 1) + ". " + s.name();
            if (s.decisions().isEmpty()) {
                rows.add(List.of(
                        step,
                        ApprovalWords.deciders(zh, s.users(), s.roles(), people),
                        "",
                        EnumLabels.label(zh, s.state()),
                        "",
                        "",
                        ""));
            }
            for (DecisionView d : s.decisions()) {
                rows.add(List.of(
                        step,
                        people.apply(d.by()),
                        d.onBehalfOf() == null ? "" : people.apply(d.onBehalfOf()),
                        EnumLabels.label(zh, d.decision()),
                        format.time(d.at()),
                        d.reason() == null ? "" : d.reason(),
                        ""));
            }
        }
        return PaperForm.builder(new Label("审批单", "Approval Sheet"))
                .company(company)
                .number(r.subject())
                .pair(
                        new Label("审批类别", "Kind"),
                        EnumLabels.label(zh, r.kind()),
                        new Label("审批状态", "State"),
                        EnumLabels.label(zh, r.state()))
                .pair(new Label("单号", "Subject"), r.subject(), new Label("金额", "Amount"), format.money(r.amount()))
                .pair(
                        new Label("申请人", "Requested by"),
                        people.apply(r.requestedBy()),
                        new Label("申请时间", "Requested at"),
                        format.time(r.requestedAt()))
                .pair(
                        new Label("部门", "Department"),
                        r.department(),
                        new Label("办结时间", "Ended at"),
                        format.time(r.endedAt()))
                .text(new Label("事由摘要", "Summary"), r.summary())
                .part(new Label("审批意见", "Signatures"))
                .table(
                        List.of(
                                Column.text(new Label("步骤", "Step"), 1.8f),
                                Column.text(new Label("审批人", "Decided by"), 1.8f),
                                Column.text(new Label("代（授权人）", "On behalf of"), 1.4f),
                                Column.text(new Label("意见", "Decision"), 1.1f),
                                Column.text(new Label("时间", "Time"), 1.9f),
                                Column.text(new Label("理由", "Reason"), 2.2f),
                                Column.text(new Label("签字", "Signature"), 1.6f)),
                        rows)
                .footer("aftersales · " + r.subject())
                .build()
                .render();
    }
}
