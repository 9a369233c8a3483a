package org.aftersales.domain.quality;

/** Q4: why a return visit is due — a new customer's product was delivered, or a ticket was closed. */
public enum VisitReason {
    NEW_CUSTOMER,
    AFTER_SERVICE
}
