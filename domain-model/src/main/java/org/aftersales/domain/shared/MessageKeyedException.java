package org.aftersales.domain.shared;

import java.util.List;

/**
 * A refusal the application explains in words: {@code messageKey} names the text in the web tier's
 * bundles, {@code args} fill its placeholders. Its subclasses say which answer it is (409, 403).
 */
public abstract class MessageKeyedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final List<String> args;

    protected MessageKeyedException(String messageKey, Object... args) {
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
