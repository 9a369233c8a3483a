package org.aftersales.domain.customers;

/** C3, 售后服务登记表: the service term the customer chose. */
public enum ServiceTerm {
    ONE_YEAR,
    TWO_YEARS,
    THREE_YEARS,
    LIFETIME
}
