package org.aftersales.domain.tickets;

/** W4: whether a manager was asked to waive an exclusion found on site as a goodwill exception. */
public enum GoodwillState {
    /** Nobody asked. */
    NONE,
    /** Waiting for the approval (kind WARRANTY_EXCEPTION). */
    REQUESTED,
    /** Approved: the exclusion no longer counts. */
    GRANTED,
    /** Rejected or withdrawn: the exclusion stands (it may be asked for again). */
    REFUSED
}
