package org.aftersales.domain.approvals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * One step of an approval chain (B6: 经办人 → 预算员 → 部门经理 → 总经理或授权人 → 财务): its name as the
 * paper prints it, who decides — named users and/or the holders of roles — and how many of them
 * must approve: any one (the default), every named user ({@code all}: parallel signatures, such as
 * the two budget officers) or any {@code quorum} of them (2 of 3). A step with {@code minAmount}
 * applies only from that amount upward; below it the step is skipped.
 */
public record StepRule(
        String name, List<String> users, Set<Role> roles, boolean all, Integer quorum, BigDecimal minAmount) {

    public static final int MAX_NAME = 64;
    public static final int MAX_USERS = 20;
    public static final int MAX_STEPS = 10;

    public StepRule {
        name = name == null ? null : name.strip();
        users = users == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(users.stream()
                        .filter(u -> u != null && !u.isBlank())
                        .map(String::strip)
                        .toList()));
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A one-of step of the holders of a role. */
    public static StepRule ofRole(String name, Role role) {
        return new StepRule(name, List.of(), Set.of(role), false, null, null);
    }

    /** How many approvals end the step. */
    public int required() {
        if (all) {
            return users.size();
        }
        return quorum == null ? 1 : quorum;
    }

    /** Whether the step is needed for a request of this amount (no amount: every step applies). */
    public boolean appliesTo(BigDecimal amount) {
        return minAmount == null || amount == null || amount.compareTo(minAmount) >= 0;
    }

    /** Whether this actor is one of the step's deciders. */
    public boolean decidedBy(Actor actor) {
        return users.contains(actor.user()) || roles.stream().anyMatch(actor::holds);
    }

    /**
     * The rules of a chain as an administrator enters it; every broken rule with its field path
     * ({@code steps[1].quorum}).
     */
    public static void check(List<StepRule> steps) {
        List<FieldError> errors = new ArrayList<>();
        if (steps == null || steps.isEmpty()) {
            throw new RuleViolationException(FieldError.of("steps", "validation.approvalStepsRequired"));
        }
        if (steps.size() > MAX_STEPS) {
            throw new RuleViolationException(FieldError.of("steps", "validation.approvalTooManySteps", MAX_STEPS));
        }
        for (int i = 0; i < steps.size(); i++) {
            StepRule s = steps.get(i);
            String at = "steps[" + i + "].";
            if (s == null) {
                errors.add(FieldError.of("steps[" + i + "]", "validation.required"));
                continue;
            }
            if (s.name() == null || s.name().isEmpty()) {
                errors.add(FieldError.of(at + "name", "validation.required"));
            } else if (s.name().length() > MAX_NAME) {
                errors.add(FieldError.of(at + "name", "validation.tooLongMax", MAX_NAME));
            }
            if (s.users().isEmpty() && s.roles().isEmpty()) {
                errors.add(FieldError.of(at + "users", "validation.approvalDeciderRequired"));
            }
            if (s.users().size() > MAX_USERS) {
                errors.add(FieldError.of(at + "users", "validation.approvalTooManyUsers", MAX_USERS));
            }
            if (s.all() && s.quorum() != null) {
                errors.add(FieldError.of(at + "quorum", "validation.approvalAllOrQuorum"));
            } else if (s.all() && (!s.roles().isEmpty() || s.users().size() < 2)) {
                // "every one of them" needs the names: a role's holders change from day to day
                errors.add(FieldError.of(at + "all", "validation.approvalAllNeedsUsers"));
            } else if (s.quorum() != null) {
                if (s.quorum() < 1) {
                    errors.add(FieldError.of(at + "quorum", "validation.positive"));
                } else if (s.roles().isEmpty() && s.quorum() > s.users().size()) {
                    errors.add(FieldError.of(
                            at + "quorum",
                            "validation.approvalQuorumTooLarge",
                            s.users().size()));
                }
            }
            if (s.minAmount() != null && s.minAmount().signum() < 0) {
                errors.add(FieldError.of(at + "minAmount", "validation.positive"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
