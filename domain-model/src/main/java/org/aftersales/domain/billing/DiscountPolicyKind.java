package org.aftersales.domain.billing;

/** B4 收费政策与优惠: whom or when a discount policy is for. */
public enum DiscountPolicyKind {
    /** 老年人. */
    SENIOR,
    /** 重点客户. */
    KEY_CUSTOMER,
    /** 促销期 (valid from … until). */
    PROMOTION,
    /** 合同客户. */
    CONTRACT_CUSTOMER
}
