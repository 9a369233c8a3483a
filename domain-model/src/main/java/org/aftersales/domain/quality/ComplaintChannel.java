package org.aftersales.domain.quality;

/** Q1: how a complaint came in; SURVEY and RETURN_VISIT are opened by the application itself (Q4, Q5). */
public enum ComplaintChannel {
    PHONE,
    LETTER,
    WEB,
    PARTNER_API,
    SURVEY,
    RETURN_VISIT
}
