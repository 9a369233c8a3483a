package org.aftersales.domain.billing;

/** 10.3 收费管理: how a charge is paid — cash, WeChat, Alipay, bank transfer or card. */
public enum ChargePaymentMethod {
    CASH,
    WECHAT,
    ALIPAY,
    BANK,
    CARD
}
