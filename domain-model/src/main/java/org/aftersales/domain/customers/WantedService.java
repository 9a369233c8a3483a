package org.aftersales.domain.customers;

/** C3, 售后服务登记表: the services the customer wants. */
public enum WantedService {
    INSTALLATION_GUIDANCE,
    USAGE_TRAINING,
    REPAIR_MAINTENANCE,
    REPLACEMENT,
    RETURN_EXCHANGE
}
