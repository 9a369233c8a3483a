package org.aftersales.domain.tickets;

/** T12: what an installation is checked for at commissioning and acceptance. */
public enum InstallationCheck {
    POWER_SUPPLY,
    LOCATION,
    DRAINAGE,
    FIXING,
    WORKMANSHIP,
    FUNCTION,
    SAFETY,
    SITE_CLEANED,
    TRAINING,
    SATISFACTION
}
