package org.aftersales.domain.quality;

/** Q8: how the daily rollups are cut — everything, or by one of the ticket's attributes. */
public enum KpiDimension {
    ALL,
    MODEL,
    REGION,
    TECHNICIAN,
    KIND,
    LEVEL
}
