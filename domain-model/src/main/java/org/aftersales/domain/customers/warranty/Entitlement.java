package org.aftersales.domain.customers.warranty;

/** C5: who pays for a request. */
public enum Entitlement {
    FREE,
    PAID,
    NEGOTIATED
}
