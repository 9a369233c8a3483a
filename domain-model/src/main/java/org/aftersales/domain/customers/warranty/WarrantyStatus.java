package org.aftersales.domain.customers.warranty;

/** W1–W3: the whole unit is covered, no longer covered, or never (void). */
public enum WarrantyStatus {
    IN_WARRANTY,
    EXPIRED,
    VOID
}
