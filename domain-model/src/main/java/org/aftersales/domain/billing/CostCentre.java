package org.aftersales.domain.billing;

/** B5: where a ticket's actual cost is booked ({@link CostRouting}). */
public enum CostCentre {
    /** Paid service: the customer's charge carries it. */
    CUSTOMER,
    /** Under a service contract or a negotiated arrangement (W5, C5): the contract carries it. */
    CONTRACT,
    /** Free repair of an in-house model: manufacturing quality loss (质量成本损失). */
    QUALITY_LOSS,
    /** Free repair of a bought-in model: charged back to its supplier (索赔单). */
    SUPPLIER_CLAIM,
    /** Free repair of a model whose origin is not (yet) known: kept apart until the model is classified. */
    UNCLASSIFIED;

    /** B5: the cost falls on the department's after-sales budget (not on a customer or a contract). */
    public boolean onBudget() {
        return this != CUSTOMER && this != CONTRACT;
    }
}
