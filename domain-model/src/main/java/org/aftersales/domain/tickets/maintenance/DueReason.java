package org.aftersales.domain.tickets.maintenance;

/** M1: what made a plan due — the calendar or the operating hours. */
public enum DueReason {
    CALENDAR,
    HOURS
}
