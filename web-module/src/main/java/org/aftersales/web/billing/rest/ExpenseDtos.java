package org.aftersales.web.billing.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.billing.boundary.ExpenseViews;
import org.aftersales.billing.boundary.ExpenseViews.ClaimView;
import org.aftersales.domain.billing.ChargePaymentMethod;
import org.aftersales.domain.billing.ExpenseCategory;
import org.aftersales.domain.billing.ExpenseClaimType;
import org.aftersales.domain.billing.ExpenseRegister;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.MoneyText;
import org.aftersales.web.shared.rest.QueryDates;

/** The JSON of expense claims (API.md, "Billing", B6) and of the register against the quota (B7). */
public final class ExpenseDtos {

    private ExpenseDtos() {}

    public record LineBody(String category, String description, String amount, Integer receipts, String ticketNumber) {}

    /** {@code POST /expense-claims}; {@code type}: STANDARD (default) or ACTUAL_COST. */
    public record ClaimBody(
            String type, String department, String project, List<String> ticketNumbers, List<LineBody> lines) {

        ExpenseViews.ClaimInput input() {
            List<ExpenseViews.ClaimLineInput> in = null;
            if (lines != null) {
                in = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    LineBody l = lines.get(i);
                    if (l == null) {
                        in.add(null);
                        continue;
                    }
                    String at = "lines[" + i + "].";
                    in.add(new ExpenseViews.ClaimLineInput(
                            EnumParser.one(ExpenseCategory.class, l.category(), at + "category", null),
                            l.description(),
                            MoneyText.parse(l.amount(), at + "amount"),
                            l.receipts() == null ? 0 : l.receipts(),
                            l.ticketNumber()));
                }
            }
            return new ExpenseViews.ClaimInput(
                    EnumParser.one(ExpenseClaimType.class, type, "type", ExpenseClaimType.STANDARD),
                    department,
                    project,
                    ticketNumbers,
                    in);
        }
    }

    /** {@code POST /expense-claims/{number}/payment}: {@code paidOn} defaults to today. */
    public record PaymentBody(String paidOn, String method) {
        ExpenseViews.PaymentInput input() {
            return new ExpenseViews.PaymentInput(
                    QueryDates.optional(paidOn, "paidOn"),
                    EnumParser.one(ChargePaymentMethod.class, method, "method", null));
        }
    }

    /** {@code PUT /expense-quotas/{department}?month=2026-12}. */
    public record QuotaBody(String amount) {}

    @JsonbNillable
    public record Line(
            int lineNo, String category, String description, String amount, int receipts, String ticketNumber) {}

    @JsonbNillable
    public record Claim(
            String number,
            String type,
            String department,
            String project,
            String handler,
            String filedAt,
            String total,
            int receipts,
            List<String> ticketNumbers,
            List<Line> lines,
            String state,
            String decidedBy,
            String decidedAt,
            String decisionReason,
            String paidOn,
            String paymentMethod,
            String paidBy,
            Long approvalId,
            int resubmissions,
            String resubmittedAt) {

        static Claim of(ClaimView c, ZoneId zone) {
            return new Claim(
                    c.number(),
                    c.type().name(),
                    c.department(),
                    c.project(),
                    c.handler(),
                    ApiTime.format(c.filedAt(), zone),
                    MoneyText.format(c.total()),
                    c.receipts(),
                    c.ticketNumbers(),
                    c.lines().stream()
                            .map(l -> new Line(
                                    l.lineNo(),
                                    l.category().name(),
                                    l.description(),
                                    MoneyText.format(l.amount()),
                                    l.receipts(),
                                    l.ticketNumber()))
                            .toList(),
                    c.state().name(),
                    c.decidedBy(),
                    c.decidedAt() == null ? null : ApiTime.format(c.decidedAt(), zone),
                    c.decisionReason(),
                    c.paidOn() == null ? null : c.paidOn().toString(),
                    c.paymentMethod() == null ? null : c.paymentMethod().name(),
                    c.paidBy(),
                    c.approvalId(),
                    c.resubmissions(),
                    c.resubmittedAt() == null ? null : ApiTime.format(c.resubmittedAt(), zone));
        }
    }

    /** B7: one department's month. */
    public record RegisterRow(
            String department,
            String month,
            String quota,
            String spent,
            String pending,
            String remaining,
            boolean over) {
        static RegisterRow of(ExpenseRegister r) {
            return new RegisterRow(
                    r.department(),
                    r.month().toString(),
                    MoneyText.format(r.quota()),
                    MoneyText.format(r.spent()),
                    MoneyText.format(r.pending()),
                    MoneyText.format(r.remaining()),
                    r.over());
        }
    }

    public record Register(String month, List<RegisterRow> items) {}

    /** {@code month=YYYY-MM}; missing: the current month. */
    static YearMonth month(String text, YearMonth current) {
        if (text == null || text.isBlank()) {
            return current;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldError.of("month", "validation.month"));
        }
    }

    static BigDecimal amount(QuotaBody body) {
        return MoneyText.parse(body == null ? null : body.amount(), "amount");
    }

    public record CategoryAmount(String category, String costCategory, String amount) {}

    /** {@code GET /expense-claims/by-ticket/{ticketNumber}}. */
    public record TicketExpenses(String ticketNumber, List<CategoryAmount> lines, String total) {
        static TicketExpenses of(ExpenseViews.TicketExpenses t) {
            return new TicketExpenses(
                    t.ticketNumber(),
                    t.byCategory().entrySet().stream()
                            .map(e -> new CategoryAmount(
                                    e.getKey().name(),
                                    e.getKey().costLine().map(Enum::name).orElse("OTHER"),
                                    MoneyText.format(e.getValue())))
                            .toList(),
                    MoneyText.format(t.total()));
        }
    }
}
