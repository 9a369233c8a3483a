package org.aftersales.domain.tickets.dealer;

/** T7 item 11 (机器问题判断): what caused the problem. */
public enum Judgement {
    /** 运输损坏 */
    TRANSPORT_DAMAGE,
    /** 顾客使用不当损坏 */
    MISUSE,
    /** 机器故障 */
    PRODUCT_FAULT
}
