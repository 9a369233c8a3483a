package org.aftersales.domain.customer;

/** C1: the kinds of customer the archive classifies by. */
public enum CustomerType {
    HOUSEHOLD, COMMERCIAL, INDUSTRIAL, DEALER, PROJECT
}
