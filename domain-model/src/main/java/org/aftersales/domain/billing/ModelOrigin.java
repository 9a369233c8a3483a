package org.aftersales.domain.billing;

/**
 * B5: where a product model comes from, as billing needs it for the cost centre — 自制 (in-house) or
 * 外协 (bought in); the product model catalogue of the customers context is the source of truth.
 */
public enum ModelOrigin {
    /** 自制: made in-house. */
    IN_HOUSE,
    /** 外协: bought in from a supplier. */
    BOUGHT_IN
}
