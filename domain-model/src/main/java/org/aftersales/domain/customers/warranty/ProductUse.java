package org.aftersales.domain.customers.warranty;

/** W1: what the product is used for; the terms differ by use. */
public enum ProductUse {
    HOUSEHOLD,
    COMMERCIAL,
    INDUSTRIAL
}
