package org.aftersales.web.billing.print;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalDetail;
import org.aftersales.approvals.boundary.ApprovalViews.DecisionView;
import org.aftersales.approvals.boundary.ApprovalViews.StepView;
import org.aftersales.billing.boundary.ExpenseViews.ClaimLineView;
import org.aftersales.billing.boundary.ExpenseViews.ClaimView;
import org.aftersales.domain.billing.ExpenseCategory;
import org.aftersales.web.shared.i18n.EnumLabels;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PaperForm.Column;
import org.aftersales.web.shared.print.PaperForm.Label;
import org.aftersales.web.shared.print.PrintFormat;

/**
 * B6: the expense claim (费用报销单) as the paper has it — the handler, department, project and tickets;
 * the lines by category with their receipt counts and a subtotal per category; the total and the
 * number of receipts; who approved at each step of the chain and when; the payment; the signature
 * lines. Chinese as the paper is; colleagues by name.
 */
public final class ExpenseClaimForm {

    private ExpenseClaimForm() {}

    /** The form; {@code trail} the claim's (latest) approval, if it was submitted. */
    public static byte[] pdf(
            ClaimView c, ApprovalDetail trail, String company, ZoneId zone, UnaryOperator<String> people) {
        Objects.requireNonNull(c, "The claim is required.");
        PrintFormat format = PrintFormat.in(zone);
        var zh = Messages.CHINESE;
        List<List<String>> lines = new ArrayList<>();
        Map<ExpenseCategory, List<ClaimLineView>> byCategory = new EnumMap<>(ExpenseCategory.class);
        c.lines().stream()
                .sorted(Comparator.comparingInt(ClaimLineView::lineNo))
                .forEach(l -> byCategory
                        .computeIfAbsent(l.category(), k -> new ArrayList<>())
                        .add(l));
        byCategory.forEach((category, ls) -> {
            BigDecimal sum = BigDecimal.ZERO;
            int receipts = 0;
            for (ClaimLineView l : ls) {
                lines.add(List.of(
                        String.valueOf(l.lineNo()),
                        EnumLabels.label(zh, category),
                        l.description(),
                        String.valueOf(l.receipts()),
                        l.ticketNumber() == null ? "" : l.ticketNumber(),
                        format.money(l.amount())));
                sum = sum.add(l.amount());
                receipts += l.receipts();
            }
            lines.add(List.of(
                    "", EnumLabels.label(zh, category) + " 小计", "", String.valueOf(receipts), "", format.money(sum)));
        });
        List<List<String>> approvers = new ArrayList<>();
        if (trail != null) {
            for (StepView s : trail.steps()) {
                for (DecisionView d : s.decisions()) {
                    approvers.add(List.of(
                            s.name(),
                            people.apply(d.by())
                                    + (d.onBehalfOf() == null ? "" : "（代 " + people.apply(d.onBehalfOf()) + "）"),
                            EnumLabels.label(zh, d.decision()),
                            format.time(d.at()),
                            d.reason() == null ? "" : d.reason()));
                }
            }
        }
        PaperForm.Builder form = PaperForm.builder(new Label("费用报销单", "Expense Claim"))
                .company(company)
                .number(c.number())
                .pair(
                        new Label("经办人", "Handler"),
                        people.apply(c.handler()),
                        new Label("报销日期", "Filed"),
                        format.time(c.filedAt()))
                .pair(
                        new Label("部门", "Department"),
                        c.department(),
                        new Label("项目", "Project"),
                        c.project() == null ? "" : c.project())
                .pair(
                        new Label("报销方式", "Type"),
                        EnumLabels.label(zh, c.type()),
                        new Label("状态", "State"),
                        EnumLabels.label(zh, c.state()))
                .wide(new Label("所属叫修单", "Tickets"), String.join("、", c.ticketNumbers()))
                .table(
                        List.of(
                                Column.number(new Label("序号", "No."), 0.7f),
                                Column.text(new Label("费用类别", "Category"), 2f),
                                Column.text(new Label("摘要", "Details"), 3f),
                                Column.number(new Label("单据张数", "Receipts"), 1f),
                                Column.text(new Label("叫修单", "Ticket"), 1.8f),
                                Column.number(new Label("金额", "Amount"), 1.6f)),
                        lines)
                .pair(
                        new Label("报销金额合计", "Total"),
                        format.money(c.total()),
                        new Label("单据合计（张）", "Receipts"),
                        String.valueOf(c.receipts()));
        if (c.resubmissions() > 0) {
            form.wide(
                    new Label("退回后重新提交", "Resubmitted"), c.resubmissions() + " 次，最近 " + format.time(c.resubmittedAt()));
        }
        form.part(new Label("审批", "Approvals"))
                .table(
                        List.of(
                                Column.text(new Label("审批环节", "Step"), 2.2f),
                                Column.text(new Label("审批人", "Approver"), 1.8f),
                                Column.text(new Label("意见", "Decision"), 1f),
                                Column.text(new Label("日期", "Date"), 2f),
                                Column.text(new Label("说明", "Note"), 2.5f)),
                        approvers);
        if (c.paidOn() != null) {
            form.pair(
                    new Label("付款日期", "Paid on"),
                    format.date(c.paidOn()),
                    new Label("付款方式 / 出纳", "Method / cashier"),
                    EnumLabels.label(zh, c.paymentMethod()) + " " + people.apply(c.paidBy()));
        }
        return form.signature(new Label("报销人签字", "Claimant's signature"), null, null, null)
                .footer("aftersales · " + c.number())
                .build()
                .render();
    }
}
