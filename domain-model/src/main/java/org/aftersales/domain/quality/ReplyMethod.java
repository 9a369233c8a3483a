package org.aftersales.domain.quality;

/** Q2, 8.2.4 反馈与回复: how the customer was given the reply. */
public enum ReplyMethod {
    PHONE,
    VISIT,
    LETTER,
    EMAIL,
    SMS
}
