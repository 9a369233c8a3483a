package org.aftersales.domain.quality;

/** Q6: what the manager found when auditing a sampled repair. */
public enum AuditVerdict {
    CONFIRMED,
    QUESTIONED
}
