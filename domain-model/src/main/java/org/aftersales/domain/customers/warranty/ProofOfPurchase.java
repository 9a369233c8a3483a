package org.aftersales.domain.customers.warranty;

/** W2: what proves the purchase date (OTHER: another valid proof). */
public enum ProofOfPurchase {
    INVOICE,
    WARRANTY_CARD,
    OTHER,
    NONE
}
