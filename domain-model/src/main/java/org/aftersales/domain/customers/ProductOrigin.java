package org.aftersales.domain.customers;

/**
 * B5: where a product model comes from — made in house (自制) or bought in from a supplier (外协). A
 * free repair's cost of an IN_HOUSE model is manufacturing quality loss, of a BOUGHT_IN model a claim on
 * the supplier.
 */
public enum ProductOrigin {
    /** 自制. */
    IN_HOUSE,
    /** 外协. */
    BOUGHT_IN
}
