package org.aftersales.domain.tickets.dealer;

/** T7 item 13 (对此售后机处理): what becomes of the returned unit. */
public enum Disposition {
    /** 维修返还 */
    REPAIRED_RETURNED,
    /** 可二次销售进仓 */
    RESELLABLE_TO_STOCK,
    /** 报废 */
    SCRAPPED
}
