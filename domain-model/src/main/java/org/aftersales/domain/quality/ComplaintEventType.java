package org.aftersales.domain.quality;

/**
 * Q2: a line of a complaint's history — each step of its flow, and the reply's way through its
 * approval (submitted, then replied or rejected).
 */
public enum ComplaintEventType {
    ACCEPTED,
    CLASSIFIED,
    INVESTIGATING,
    SOLVED,
    REPLY_SUBMITTED,
    REPLIED,
    REPLY_REJECTED,
    ARCHIVED
}
