package org.aftersales.domain.customers.warranty;

/** W2: where the warranty's start comes from. */
public enum StartBasis {
    PURCHASE_PROOF,
    FACTORY_DATE_PLUS_3_MONTHS
}
