package org.aftersales.domain.parts;

import org.aftersales.domain.numbering.DocumentKind;

/** P2, P3: the paper slips of the warehouse — 入库单, 出库单, 调拨单. */
public enum SlipKind {
    /** 入库单 (P2; copies: warehouse, finance, purchaser). */
    INBOUND(DocumentKind.INBOUND_SLIP),
    /** 出库单 (P3; copies: clerk, warehouse, finance, customer). */
    OUTBOUND(DocumentKind.OUTBOUND_SLIP),
    /** 调拨单 (P3; five copies). */
    TRANSFER(DocumentKind.TRANSFER_SLIP);

    private final DocumentKind documentKind;

    SlipKind(DocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    /** T10: the series this slip is numbered in. */
    public DocumentKind documentKind() {
        return documentKind;
    }
}
