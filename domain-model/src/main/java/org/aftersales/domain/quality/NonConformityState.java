package org.aftersales.domain.quality;

/** Q9: a non-conformity report is open until it is dealt with. */
public enum NonConformityState {
    OPEN,
    CLOSED
}
