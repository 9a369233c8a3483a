package org.aftersales.domain.billing;

/** B5: the warnings of a budget — its warning share (a setting, 80 %) reached, and the whole budget spent. */
public enum BudgetLevel {
    /** The warning share of the budget (the setting {@code billing.budget-warning-percent}, 80 %) is spent. */
    WARNING,
    /** 100 %: the whole budget is spent. */
    EXHAUSTED
}
