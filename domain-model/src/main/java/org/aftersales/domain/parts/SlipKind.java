package org.aftersales.domain.parts;

/** P2, P3: the paper slips of the warehouse — 入库单, 出库单, 调拨单. */
public enum SlipKind {
    /** 入库单 (P2; copies: warehouse, finance, purchaser). */
    INBOUND,
    /** 出库单 (P3; copies: clerk, warehouse, finance, customer). */
    OUTBOUND,
    /** 调拨单 (P3; five copies). */
    TRANSFER
}
