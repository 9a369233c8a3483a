package org.aftersales.domain.billing;

/** W6 三包: repair, then replace, then refund — in that order, never back. */
public enum GuaranteeRemedy {
    /** 修理. */
    REPAIR,
    /** 更换: the new unit is issued through the parts/stock path. */
    REPLACE,
    /** 退货: the money goes back through a REFUND approval. */
    REFUND
}
