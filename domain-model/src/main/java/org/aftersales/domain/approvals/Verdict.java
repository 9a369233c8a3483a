package org.aftersales.domain.approvals;

/** A decider's answer on a step. */
public enum Verdict {
    APPROVE,
    REJECT
}
