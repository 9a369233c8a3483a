package org.aftersales.domain.tickets.dealer;

/** T7 item 7 (经销商期望售后方式): what the dealer asks for. */
public enum WantedHandling {
    /** 维修返还 */
    REPAIR_AND_RETURN,
    /** 换售后可二次销售机 */
    EXCHANGE_RESELLABLE,
    /** 整机更换 */
    WHOLE_UNIT_REPLACEMENT
}
