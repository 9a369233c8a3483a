package org.aftersales.domain.customers;

/** C1: the kinds of customer the archive classifies by. */
public enum CustomerType {
    HOUSEHOLD,
    COMMERCIAL,
    INDUSTRIAL,
    DEALER,
    PROJECT
}
