package org.aftersales.domain.accounts;

/** M2: certified qualifications that decide who may do which work. */
public enum Qualification {
    ELECTRICIAN,
    PRESSURE_VESSEL,
    INSPECTOR,
    MECHANIC
}
