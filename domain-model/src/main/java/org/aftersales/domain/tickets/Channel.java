package org.aftersales.domain.tickets;

/** T1: how a repair call reached us. */
public enum Channel {
    PHONE,
    WEB,
    APP,
    LETTER,
    DEALER,
    PARTNER_API
}
