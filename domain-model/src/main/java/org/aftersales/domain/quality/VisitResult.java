package org.aftersales.domain.quality;

/** Q4: what a visit call came to — the customer was reached (even with nothing to say), or not. */
public enum VisitResult {
    REACHED,
    NOT_REACHED
}
