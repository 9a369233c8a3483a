package org.aftersales.domain.billing;

/** B5: the categories of a ticket's actual cost (API.md {@code GET /tickets/{n}/costs}). */
public enum CostCategory {
    /** Parts issued to the ticket at their issue cost (the parts ledger). */
    PARTS,
    /** Recorded work hours × the internal cost rate (a setting). */
    LABOUR,
    /** Staff travel and allowances (差旅、补助), from approved expense claims of the ticket. */
    TRAVEL_ALLOWANCE,
    /** Equipment/tool rental and site coordination (设备工具租赁、现场协调), from approved expense claims. */
    RENTAL,
    /** Return freight of the faulty product (返厂运费), from approved expense claims. */
    FREIGHT;

    /** The categories that come from expense claims (B6) rather than the parts ledger or the hours. */
    public boolean fromExpenseClaims() {
        return this == TRAVEL_ALLOWANCE || this == RENTAL || this == FREIGHT;
    }
}
