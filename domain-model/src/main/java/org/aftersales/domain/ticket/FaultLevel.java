package org.aftersales.domain.ticket;

/** T5: the fault level that selects the SLA terms. */
public enum FaultLevel {
    GENERAL, MAJOR
}
