package org.aftersales.approvals.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.approvals.ApprovalDecision;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalRequest;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.approvals.ApprovalStep;
import org.aftersales.domain.approvals.Delegation;
import org.aftersales.domain.approvals.StepRule;
import org.aftersales.domain.approvals.StepState;
import org.aftersales.domain.approvals.Verdict;
import org.aftersales.domain.shared.SingleLine;

/** What the approvals boundary takes and gives. */
public final class ApprovalViews {

    private ApprovalViews() {}

    /** A context asks for an approval of one of its subjects. */
    public record Submission(
            @NotNull ApprovalKind kind,
            @NotBlank @Size(max = 8) String department,
            @NotBlank @Size(max = 64) String subject,
            @NotBlank @Size(max = 500) String summary,
            BigDecimal amount) {}

    /** A decider's answer; {@code step} is the step the decider saw (optional: a different one waits → 409). */
    public record DecisionInput(
            @NotNull Verdict decision, @Size(max = 500) String reason, Integer step) implements Serializable {}

    /** Which list of the inbox. */
    public enum Box {
        /** What waits for me (or for someone whose delegate I am today). */
        WAITING,
        /** What I decided. */
        DECIDED,
        /** What I asked for. */
        REQUESTED,
        /** Every request (managers and administrators). */
        ALL
    }

    /** The inbox's filters; null means any. */
    public record Filter(
            Box box,
            ApprovalKind kind,
            String department,
            ApprovalState state,
            BigDecimal minAmount,
            BigDecimal maxAmount,
            Integer olderThanDays)
            implements Serializable {

        public static Filter of(Box box) {
            return new Filter(box, null, null, null, null, null, null);
        }
    }

    /** A line of the inbox. */
    public record ApprovalSummary(
            long id,
            ApprovalKind kind,
            String subject,
            String summary,
            BigDecimal amount,
            String department,
            String requestedBy,
            Instant requestedAt,
            ApprovalState state,
            Integer currentStep,
            String currentStepName,
            Instant waitingSince,
            Instant endedAt,
            String endReason)
            implements Serializable {

        static ApprovalSummary of(ApprovalRequest r) {
            Integer step = r.getCurrentStep() < 0 ? null : r.getCurrentStep();
            Instant since = step == null ? null : r.getSteps().get(step).getStartedAt();
            return new ApprovalSummary(
                    r.getId(),
                    r.getKind(),
                    r.getSubject(),
                    r.getSummary(),
                    r.getAmount(),
                    r.getDepartment(),
                    r.getRequestedBy(),
                    r.getRequestedAt(),
                    r.getState(),
                    step,
                    r.getCurrentStepName(),
                    since,
                    r.getEndedAt(),
                    r.getEndReason());
        }
    }

    /** One signature. */
    public record DecisionView(String by, String onBehalfOf, Verdict decision, Instant at, String reason)
            implements Serializable {

        static DecisionView of(ApprovalDecision d) {
            return new DecisionView(d.getBy(), d.getOnBehalfOf(), d.getVerdict(), d.getAt(), d.getReason());
        }
    }

    /** A step of a request with who decides it and the decisions so far. */
    public record StepView(
            int position,
            String name,
            StepState state,
            List<String> users,
            Set<Role> roles,
            boolean all,
            Integer quorum,
            BigDecimal minAmount,
            Instant startedAt,
            Instant endedAt,
            List<DecisionView> decisions)
            implements Serializable {

        static StepView of(ApprovalStep s, List<ApprovalDecision> all) {
            StepRule r = s.rule();
            return new StepView(
                    s.getPosition(),
                    r.name(),
                    s.getState(),
                    r.users(),
                    r.roles(),
                    r.all(),
                    r.quorum(),
                    r.minAmount(),
                    s.getStartedAt(),
                    s.getEndedAt(),
                    all.stream()
                            .filter(d -> d.getStep() == s.getPosition())
                            .map(DecisionView::of)
                            .toList());
        }
    }

    /** A request opened: the line, its steps in order, and what the caller may do with it. */
    public record ApprovalDetail(
            ApprovalSummary request, List<StepView> steps, boolean mayDecide, boolean mayWithdraw, long version)
            implements Serializable {}

    /** A chain as it is stored; {@code department} null for the kind's default. */
    public record ChainView(ApprovalKind kind, String department, List<StepRule> steps, long version)
            implements Serializable {}

    /** A new delegation (授权人). */
    public record NewDelegation(
            @NotBlank @Size(max = 64) @SingleLine String from,
            @NotBlank @Size(max = 64) @SingleLine String to,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validUntil) {}

    public record DelegationView(
            long id,
            String from,
            String to,
            LocalDate validFrom,
            LocalDate validUntil,
            Instant createdAt,
            String createdBy,
            Instant revokedAt,
            String revokedBy)
            implements Serializable {

        static DelegationView of(Delegation d) {
            return new DelegationView(
                    d.getId(),
                    d.getFromUser(),
                    d.getToUser(),
                    d.getValidFrom(),
                    d.getValidUntil(),
                    d.getCreatedAt(),
                    d.getCreatedBy(),
                    d.getRevokedAt(),
                    d.getRevokedBy());
        }
    }

    /** How a request ended, handed to the context that owns its kind. */
    public record Ending(
            long requestId,
            ApprovalKind kind,
            String subject,
            ApprovalState state,
            String decidedBy,
            String reason,
            Instant at)
            implements Serializable {}

    /** Validated chain input of one step (the REST shape, kept flat). */
    public record StepInput(
            @NotBlank @Size(max = StepRule.MAX_NAME) @SingleLine
            String name,

            @Size(max = StepRule.MAX_USERS) List<@NotBlank @Size(max = 64) String> users,
            Set<Role> roles,
            boolean all,
            Integer quorum,
            BigDecimal minAmount) {

        public StepRule rule() {
            return new StepRule(name, users, roles, all, quorum, minAmount);
        }
    }

    public record ChainInput(
            @NotNull @Size(min = 1, max = StepRule.MAX_STEPS)
            List<@Valid @NotNull StepInput> steps) {}
}
