package org.aftersales.domain.approvals;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.NotPermittedException;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * One approval: a subject of some context (the stock-take, the claim, the quote…) walking the steps
 * of its chain as they were when it was submitted. Rules (B4, B6, P6, Q3):
 *
 * <ul>
 *   <li>steps below their {@code minAmount} are skipped; the first remaining step waits;
 *   <li>a step ends when as many of its deciders approved as it requires (one, every named user,
 *       or a quorum); then the next step waits, and after the last the request is APPROVED;
 *   <li>one rejection (a reason is required) ends the request REJECTED;
 *   <li>nobody decides their own request, not even in a delegator's place (403); someone who is not
 *       a decider of the step that waits may not decide (403); a request already ended, or a step
 *       decided meanwhile by someone else, is a conflict (409);
 *   <li>only the requester withdraws a pending request (撤回);
 *   <li>decisions are only ever added.
 * </ul>
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest extends AuditedEntity {

    /** What a decision did to the request. */
    public enum Outcome {
        /** Counted; the step still needs more approvals. */
        COUNTED,
        /** The step is done and the next one waits. */
        NEXT_STEP,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 24)
    private ApprovalKind kind;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    /** The subject's number or key in its context (the stock-take's number, the claim's …). */
    @Column(name = "subject", nullable = false, updatable = false, length = 64)
    private String subject;

    @Column(name = "summary", nullable = false, updatable = false, length = 500)
    private String summary;

    @Column(name = "amount", updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private ApprovalState state = ApprovalState.PENDING;

    /** The position of the step that waits; -1 once the request ended. */
    @Column(name = "current_step", nullable = false)
    private int currentStep = -1;

    /** The name of the step that waits, for lists (null once ended). */
    @Column(name = "current_step_name", length = StepRule.MAX_NAME)
    private String currentStepName;

    /** The named deciders of the waiting step who have not decided yet, as {@code ,a,b,} for the inbox query. */
    @Column(name = "waiting_users", length = 1400)
    private String waitingUsers;

    /** The roles of the waiting step as {@code ,MANAGER,FINANCE,} for the inbox query. */
    @Column(name = "waiting_roles", length = 200)
    private String waitingRoles;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** The reason of the rejection or withdrawal. */
    @Column(name = "end_reason", length = 500)
    private String endReason;

    /** Reminders: the step and the day of the last one (once per step and day). */
    @Column(name = "reminded_step")
    private Integer remindedStep;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ApprovalStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ApprovalDecision> decisions = new ArrayList<>();

    protected ApprovalRequest() {}

    /**
     * A request on the steps of its chain as they are now. Every step below its amount is skipped;
     * if none remains the request is approved at once ({@link #getState()}).
     */
    public ApprovalRequest(
            ApprovalKind kind,
            String department,
            String subject,
            String summary,
            BigDecimal amount,
            String requestedBy,
            List<StepRule> chain,
            Instant at) {
        this.kind = Objects.requireNonNull(kind);
        this.department = Objects.requireNonNull(department);
        this.subject = Objects.requireNonNull(subject);
        this.summary = summary == null ? "" : summary.length() > 500 ? summary.substring(0, 500) : summary;
        this.amount = amount;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(at);
        StepRule.check(chain);
        for (int i = 0; i < chain.size(); i++) {
            StepRule rule = chain.get(i);
            steps.add(new ApprovalStep(this, i, rule, rule.appliesTo(amount) ? StepState.WAITING : StepState.SKIPPED));
        }
        advance(at);
    }

    /**
     * A decision by {@code caller}, in the first of {@code capacities} (the caller, then those who
     * delegated to the caller today) that may decide the waiting step. {@code seenStep}, when given,
     * is the step the decider looked at: another step waits now → 409.
     */
    public Outcome decide(
            String caller, List<Actor> capacities, Verdict verdict, String reason, Integer seenStep, Instant at) {
        if (state.ended()) {
            throw new ConflictException("error.approvalEnded", subject, state.name());
        }
        if (caller.equals(requestedBy)) {
            throw new NotPermittedException("error.approvalOwnRequest", subject);
        }
        if (seenStep != null && seenStep != currentStep) {
            throw new ConflictException("error.approvalStale", subject);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (verdict == Verdict.REJECT && why == null) {
            throw new RuleViolationException(FieldError.of("reason", "validation.required"));
        }
        ApprovalStep step = steps.get(currentStep);
        StepRule rule = step.rule();
        Set<String> decided = decidedOn(currentStep);
        List<Actor> eligible = eligible(capacities);
        if (eligible.isEmpty()) {
            boolean decidedEarlier = steps.stream()
                    .filter(s -> s.getState() == StepState.DONE)
                    .anyMatch(s -> capacities.stream().anyMatch(a -> s.rule().decidedBy(a)));
            if (decidedEarlier) {
                throw new ConflictException("error.approvalStale", subject); // the step was decided meanwhile
            }
            throw new NotPermittedException("error.approvalNotDecider", subject, step.getName());
        }
        Optional<Actor> free =
                eligible.stream().filter(a -> !decided.contains(a.user())).findFirst();
        if (free.isEmpty()) {
            throw new ConflictException("error.approvalAlreadyDecided", subject, step.getName());
        }
        Actor as = free.get();
        decisions.add(new ApprovalDecision(
                this, currentStep, caller, as.user().equals(caller) ? null : as.user(), verdict, why, at));
        if (verdict == Verdict.REJECT) {
            step.end(StepState.REJECTED, at);
            end(ApprovalState.REJECTED, why, at);
            return Outcome.REJECTED;
        }
        Set<String> approvals = decidedOn(currentStep);
        boolean complete = rule.all() ? approvals.containsAll(rule.users()) : approvals.size() >= rule.required();
        if (!complete) {
            waitFor(step);
            return Outcome.COUNTED;
        }
        step.end(StepState.DONE, at);
        advance(at);
        return state == ApprovalState.APPROVED ? Outcome.APPROVED : Outcome.NEXT_STEP;
    }

    /**
     * Whether {@code caller}, in one of {@code capacities}, may still decide the waiting step: it is
     * not their own request, one capacity is a decider of the step and has not signed it yet.
     */
    public boolean mayDecide(String caller, List<Actor> capacities) {
        if (state.ended() || caller.equals(requestedBy)) {
            return false;
        }
        Set<String> decided = decidedOn(currentStep);
        return eligible(capacities).stream().anyMatch(a -> !decided.contains(a.user()));
    }

    /** The capacities that decide the waiting step — never the requester's, not by delegation either. */
    private List<Actor> eligible(List<Actor> capacities) {
        StepRule rule = steps.get(currentStep).rule();
        return capacities.stream()
                .filter(a -> !a.user().equals(requestedBy))
                .filter(rule::decidedBy)
                .toList();
    }

    /** 撤回: the requester takes a pending request back; nothing more is decided on it. */
    public void withdraw(String caller, String reason, Instant at) {
        if (!caller.equals(requestedBy)) {
            throw new NotPermittedException("error.approvalNotRequester", subject);
        }
        if (state.ended()) {
            throw new ConflictException("error.approvalEnded", subject, state.name());
        }
        steps.get(currentStep).end(StepState.WAITING, at);
        end(ApprovalState.WITHDRAWN, reason == null || reason.isBlank() ? null : reason.strip(), at);
    }

    /**
     * Whether the waiting step is due a reminder: it has waited longer than {@code termHours} and was
     * not reminded of today. Marks it reminded.
     */
    public boolean remindIfDue(long termHours, Instant now, LocalDate today) {
        if (state.ended()) {
            return false;
        }
        ApprovalStep step = steps.get(currentStep);
        if (step.getStartedAt() == null
                || step.getStartedAt().plusSeconds(termHours * 3600).isAfter(now)) {
            return false;
        }
        if (Integer.valueOf(currentStep).equals(remindedStep) && today.equals(remindedOn)) {
            return false;
        }
        remindedStep = currentStep;
        remindedOn = today;
        return true;
    }

    /** The named deciders of the waiting step who have not decided yet (roles are resolved by the caller). */
    public List<String> waitingUsers() {
        if (state.ended()) {
            return List.of();
        }
        Set<String> decided = decidedOn(currentStep);
        return steps.get(currentStep).rule().users().stream()
                .filter(u -> !decided.contains(u))
                .toList();
    }

    public Set<Role> waitingRoles() {
        return state.ended() ? Set.of() : steps.get(currentStep).rule().roles();
    }

    private Set<String> decidedOn(int position) {
        return decisions.stream()
                .filter(d -> d.getStep() == position)
                .map(ApprovalDecision::capacity)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void advance(Instant at) {
        for (ApprovalStep s : steps) {
            if (s.getState() == StepState.WAITING) {
                s.begin(at);
                currentStep = s.getPosition();
                waitFor(s);
                return;
            }
        }
        end(ApprovalState.APPROVED, null, at);
    }

    private void waitFor(ApprovalStep step) {
        currentStepName = step.getName();
        List<String> users = waitingUsers();
        waitingUsers = users.isEmpty() ? null : "," + String.join(",", users) + ",";
        Set<Role> roles = step.rule().roles();
        waitingRoles = roles.isEmpty()
                ? null
                : "," + roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")) + ",";
    }

    private void end(ApprovalState outcome, String reason, Instant at) {
        state = outcome;
        endReason = reason;
        endedAt = at;
        currentStep = -1;
        currentStepName = null;
        waitingUsers = null;
        waitingRoles = null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ApprovalKind getKind() {
        return kind;
    }

    public String getDepartment() {
        return department;
    }

    public String getSubject() {
        return subject;
    }

    public String getSummary() {
        return summary;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public ApprovalState getState() {
        return state;
    }

    /** The position of the waiting step, or -1 once ended. */
    public int getCurrentStep() {
        return currentStep;
    }

    public String getCurrentStepName() {
        return currentStepName;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public List<ApprovalStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public List<ApprovalDecision> getDecisions() {
        return Collections.unmodifiableList(decisions);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("kind", kind.name());
        s.put("subject", subject);
        s.put("department", department);
        if (amount != null) {
            s.put("amount", amount.toPlainString());
        }
        s.put("state", state.name());
        if (currentStepName != null) {
            s.put("step", currentStepName);
        }
        if (endReason != null) {
            s.put("reason", endReason);
        }
        return s;
    }
}
