package org.aftersales.domain.tickets;

/** T4, T5: the three clocks of a ticket. */
public enum SlaDeadline {
    ARRIVAL,
    SOLUTION,
    RESOLUTION
}
