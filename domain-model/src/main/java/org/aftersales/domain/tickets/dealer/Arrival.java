package org.aftersales.domain.tickets.dealer;

/** T7 item 6 (送达售后点方式): how the returned unit reaches the service point. */
public enum Arrival {
    /** 直接送达 */
    BROUGHT_IN,
    /** 快递送达, with the courier's tracking number */
    COURIER
}
