package org.aftersales.domain.parts;

/** P5: how a parts sale was paid at the counter. */
public enum PaymentMethod {
    CASH,
    CARD,
    BANK_TRANSFER,
    WECHAT,
    ALIPAY
}
