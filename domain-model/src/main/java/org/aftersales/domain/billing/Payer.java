package org.aftersales.domain.billing;

import org.aftersales.domain.customers.warranty.Entitlement;

/** B3: who pays for a repair, from the ticket's entitlement (W1–W5, C5). */
public enum Payer {
    /** Paid service: the customer pays, agreeing to the quote before the work (B3). */
    CUSTOMER,
    /** In warranty and not excluded: free to the customer; the cost is still booked (B3, B5). */
    WARRANTY,
    /** Under a service contract (C5) or a negotiated remote-site arrangement (W5): as the contract says. */
    CONTRACT;

    /** B3: FREE → WARRANTY, PAID → CUSTOMER, NEGOTIATED → CONTRACT. */
    public static Payer of(Entitlement entitlement) {
        return switch (entitlement) {
            case FREE -> WARRANTY;
            case PAID -> CUSTOMER;
            case NEGOTIATED -> CONTRACT;
        };
    }

    /** B3: the customer agrees to the quote before a paid repair is resolved. */
    public boolean needsAcceptanceBeforeResolution() {
        return this == CUSTOMER;
    }
}
