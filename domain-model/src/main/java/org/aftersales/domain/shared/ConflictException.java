package org.aftersales.domain.shared;

/**
 * The request conflicts with the current state: a stale version, not enough stock, an illegal
 * state change (API: 409). {@code messageKey} names the text in the web tier's bundles.
 */
public class ConflictException extends MessageKeyedException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
