/**
 * Billing (B1–B4): the fee schedule (收费标准) in versions that take effect once approved (B1), the
 * quote a customer agrees to before paid work (B2, B3; W1–W5 decide who pays through the ticket's
 * entitlement), the charge (收费单) with its payments and refunds (B4: every amount traceable to its
 * quote and approval). Money is {@link org.aftersales.domain.billing.Cents}: two decimals, half-up
 * at each line.
 */
package org.aftersales.domain.billing;
