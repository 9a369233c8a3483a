package org.aftersales.domain.billing;

import org.aftersales.domain.approvals.ApprovalKind;

/**
 * B6 (售后服务用度报销审批流程): which of the two chains a claim walks. The standard one (经办人 → 预算员 →
 * 部门经理 → 总经理或授权人 → 财务) and the one for costs as actually incurred (按实际发生费用: the
 * department's and the project's budget officers in parallel, then both managers, the general manager,
 * finance). Each is a chain of its own approval kind, per department.
 */
public enum ExpenseClaimType {
    STANDARD(ApprovalKind.EXPENSE_CLAIM),
    ACTUAL_COST(ApprovalKind.EXPENSE_CLAIM_ACTUAL);

    private final ApprovalKind approvalKind;

    ExpenseClaimType(ApprovalKind approvalKind) {
        this.approvalKind = approvalKind;
    }

    /** B6: the approval kind whose chain (of the claim's department, else the default) the claim walks. */
    public ApprovalKind approvalKind() {
        return approvalKind;
    }

    /** The type whose chain is of this approval kind; none for the other kinds. */
    public static java.util.Optional<ExpenseClaimType> of(ApprovalKind kind) {
        return java.util.Arrays.stream(values())
                .filter(t -> t.approvalKind == kind)
                .findFirst();
    }

    /** B6: a claim on the actual-cost chain names its project (the project's budget officer signs). */
    public boolean needsProject() {
        return this == ACTUAL_COST;
    }
}
