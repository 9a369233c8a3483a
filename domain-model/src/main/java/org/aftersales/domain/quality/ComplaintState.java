package org.aftersales.domain.quality;

/** Q2: where a complaint stands; ARCHIVED is final. */
public enum ComplaintState {
    ACCEPTED,
    CLASSIFIED,
    INVESTIGATING,
    SOLVED,
    REPLIED,
    ARCHIVED
}
