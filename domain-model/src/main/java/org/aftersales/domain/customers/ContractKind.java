package org.aftersales.domain.customers;

/** C5: a contract is new, a renewal of an earlier one, or a supplement to one. */
public enum ContractKind {
    NEW,
    RENEWAL,
    SUPPLEMENT
}
