package org.aftersales.domain.tickets.dealer;

/** T7 item 10 (检查机器功能): the unit's function when it arrives; ABNORMAL says what. */
public enum FunctionCheck {
    /** 正常 */
    NORMAL,
    /** 异常, with a description */
    ABNORMAL
}
