package org.aftersales.domain.billing;

/** B2–B4: a quote is drafted, waits for a discount's approval, is accepted by the customer, or declined. */
public enum QuoteState {
    DRAFT,
    AWAITING_APPROVAL,
    ACCEPTED,
    DECLINED
}
