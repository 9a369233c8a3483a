package org.aftersales.domain.billing;

/** B3: how the customer agreed to the quote — signed on the pad, or a recorded phone consent. */
public enum AcceptanceMethod {
    SIGNATURE,
    PHONE
}
