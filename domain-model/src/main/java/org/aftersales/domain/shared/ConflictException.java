package org.aftersales.domain.shared;

import java.util.List;

/**
 * The request conflicts with the current state: a stale version, not enough stock, an illegal
 * state change (API: 409). {@code messageKey} names the text in the web tier's bundles.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final List<String> args;

    public ConflictException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
