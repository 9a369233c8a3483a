package org.aftersales.domain.tickets.dealer;

/** T7 item 9 (核对产品外观状况): the unit's appearance when it arrives. */
public enum Appearance {
    /** 良好 */
    GOOD,
    /** 刮花 */
    SCRATCHED,
    /** 破损 */
    DAMAGED
}
