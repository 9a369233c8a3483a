package org.aftersales.domain.tickets;

/**
 * T5: the fault level that selects the SLA terms. Stored by name; the names sort by severity
 * ('MAJOR' after 'GENERAL'), which the dispatch board's ordering relies on.
 */
public enum FaultLevel {
    GENERAL,
    MAJOR
}
