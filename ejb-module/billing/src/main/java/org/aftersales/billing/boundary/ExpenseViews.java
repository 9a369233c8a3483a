package org.aftersales.billing.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.billing.ChargePaymentMethod;
import org.aftersales.domain.billing.ExpenseCategory;
import org.aftersales.domain.billing.ExpenseClaim;
import org.aftersales.domain.billing.ExpenseClaimLine;
import org.aftersales.domain.billing.ExpenseClaimState;
import org.aftersales.domain.billing.ExpenseClaimType;
import org.aftersales.domain.shared.SingleLine;

/** What the expense-claim boundaries take and give (B6, B7); never entities. */
public final class ExpenseViews {

    private ExpenseViews() {}

    /** B6: a line as the handler enters it. */
    public record ClaimLineInput(
            @NotNull ExpenseCategory category,
            @NotBlank @Size(max = 200) @SingleLine String description,
            @NotNull BigDecimal amount,
            @PositiveOrZero int receipts,
            @Size(max = 32) String ticketNumber)
            implements Serializable {}

    /** B6: a new claim; {@code type} null is the standard chain. */
    public record ClaimInput(
            ExpenseClaimType type,

            @NotBlank @Pattern(regexp = "[A-Z]{2,6}", message = "{validation.department}")
            String department,

            @Size(max = 32) @SingleLine String project,
            @Size(max = 20) List<@NotBlank @Size(max = 32) String> ticketNumbers,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid ClaimLineInput> lines)
            implements Serializable {}

    /** B6: FINANCE pays an approved claim. */
    public record PaymentInput(LocalDate paidOn, @NotNull ChargePaymentMethod method) implements Serializable {}

    public record ClaimLineView(
            int lineNo,
            ExpenseCategory category,
            String description,
            BigDecimal amount,
            int receipts,
            String ticketNumber)
            implements Serializable {
        static ClaimLineView of(ExpenseClaimLine l) {
            return new ClaimLineView(
                    l.getLineNo(),
                    l.getCategory(),
                    l.getDescription(),
                    l.getAmount(),
                    l.getReceipts(),
                    l.getTicketNumber());
        }
    }

    public record ClaimView(
            String number,
            ExpenseClaimType type,
            String department,
            String project,
            String handler,
            Instant filedAt,
            BigDecimal total,
            int receipts,
            List<String> ticketNumbers,
            List<ClaimLineView> lines,
            ExpenseClaimState state,
            String decidedBy,
            Instant decidedAt,
            String decisionReason,
            LocalDate paidOn,
            ChargePaymentMethod paymentMethod,
            String paidBy,
            Long approvalId,
            int resubmissions,
            Instant resubmittedAt)
            implements Serializable {

        static ClaimView of(ExpenseClaim c, Long approvalId) {
            return new ClaimView(
                    c.getNumber(),
                    c.getType(),
                    c.getDepartment(),
                    c.getProject(),
                    c.getHandler(),
                    c.getFiledAt(),
                    c.getTotal(),
                    c.getReceipts(),
                    c.getTicketNumbers(),
                    c.getLines().stream().map(ClaimLineView::of).toList(),
                    c.getState(),
                    c.getDecidedBy(),
                    c.getDecidedAt(),
                    c.getDecisionReason(),
                    c.getPaidOn(),
                    c.getPaymentMethod(),
                    c.getPaidBy(),
                    approvalId,
                    c.getResubmissions(),
                    c.getResubmittedAt());
        }
    }

    /** B6, B5: the approved expense amounts of one ticket by category (for its cost sheet). */
    public record TicketExpenses(String ticketNumber, Map<ExpenseCategory, BigDecimal> byCategory, BigDecimal total)
            implements Serializable {}
}
