package org.aftersales.domain.quality;

/** Q3: what a corrective or preventive action was raised from. */
public enum CapaSource {
    COMPLAINT,
    RETURN_VISIT,
    NON_CONFORMITY,
    STATISTICS
}
