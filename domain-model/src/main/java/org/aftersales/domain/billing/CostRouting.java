package org.aftersales.domain.billing;

import java.util.Objects;

/**
 * B5 cost-centre routing: who carries a ticket's actual cost. Customer-paid → the customer's charge;
 * under a contract → the contract; a free (warranty) repair of an {@link ModelOrigin#IN_HOUSE} model →
 * manufacturing quality loss (质量成本损失); of a {@link ModelOrigin#BOUGHT_IN} model → a claim on the
 * supplier (索赔单); of a model of unknown origin → {@link CostCentre#UNCLASSIFIED}.
 */
public final class CostRouting {

    private CostRouting() {}

    /** @param origin the model's origin, null when unknown */
    public static CostCentre route(Payer payer, ModelOrigin origin) {
        Objects.requireNonNull(payer, "The payer is required.");
        return switch (payer) {
            case CUSTOMER -> CostCentre.CUSTOMER;
            case CONTRACT -> CostCentre.CONTRACT;
            case WARRANTY ->
                origin == null
                        ? CostCentre.UNCLASSIFIED
                        : switch (origin) {
                            case IN_HOUSE -> CostCentre.QUALITY_LOSS;
                            case BOUGHT_IN -> CostCentre.SUPPLIER_CLAIM;
                        };
        };
    }
}
