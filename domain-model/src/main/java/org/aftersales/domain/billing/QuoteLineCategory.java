package org.aftersales.domain.billing;

/** B2: the lines of a quote (维修报价单), in the order they print. */
public enum QuoteLineCategory {
    MATERIALS,
    LABOUR,
    TRAVEL,
    ON_SITE,
    TAX,
    MARKUP,
    /** B4: a discount policy's (the line's description is the policy). */
    POLICY,
    DISCOUNT
}
