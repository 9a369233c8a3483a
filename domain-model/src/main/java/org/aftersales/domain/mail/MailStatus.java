package org.aftersales.domain.mail;

/** Where an outgoing e-mail stands: waiting (or retrying), handed to the SMTP server, given up, or set aside. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** The last allowed attempt failed: an administrator retries or discards it. */
    FAILED,
    /** An administrator decided it is not to be sent (with the reason). */
    DISCARDED
}
