package org.aftersales.domain.quality;

/** Q4: a visit is due, due again after nobody answered, done, or given up after the last attempt. */
public enum VisitState {
    DUE,
    RETRY,
    DONE,
    UNREACHABLE;

    public boolean isOpen() {
        return this == DUE || this == RETRY;
    }
}
