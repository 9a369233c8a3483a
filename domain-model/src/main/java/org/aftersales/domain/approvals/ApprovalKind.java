package org.aftersales.domain.approvals;

/**
 * What an approval request is about. Each kind belongs to the context that submits it and reacts
 * when the request ends: a discount (B4), a refund under 三包 (W6), a new fee schedule (B1), an
 * expense claim (B6), a warranty goodwill exception (W4), a stock-take's adjustments (P6), the
 * closing of a corrective action (Q3), the reply to a complaint (Q2).
 */
public enum ApprovalKind {
    EXPENSE_CLAIM,
    /** B6: an expense claim on the actual-cost chain (按实际发生费用报销), budget officers in parallel. */
    EXPENSE_CLAIM_ACTUAL,
    DISCOUNT,
    REFUND,
    FEE_SCHEDULE,
    WARRANTY_EXCEPTION,
    STOCK_ADJUSTMENT,
    CAPA_CLOSURE,
    COMPLAINT_REPLY
}
