package org.aftersales.domain.tickets.dealer;

/** T7 item 12 (售后处理方案): the handling after-sales decides. */
public enum Handling {
    /** 维修返还 */
    REPAIR_AND_RETURN,
    /** 换售后可二次销售机 */
    EXCHANGE,
    /** 整机更换 */
    REPLACEMENT,
    /** 返厂换新 */
    BACK_TO_FACTORY
}
