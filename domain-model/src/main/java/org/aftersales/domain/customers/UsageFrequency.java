package org.aftersales.domain.customers;

/** C3, 售后服务登记表: how often the product is used. */
public enum UsageFrequency {
    DAILY,
    WEEKLY,
    MONTHLY,
    OCCASIONAL
}
