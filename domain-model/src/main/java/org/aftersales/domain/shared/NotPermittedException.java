package org.aftersales.domain.shared;

import java.util.List;

/**
 * The caller is known and the object exists, but this caller may not do this to it (API: 403): not
 * a decider of an approval's current step, or the requester approving their own request. {@code
 * messageKey} names the text in the web tier's bundles.
 */
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final List<String> args;

    public NotPermittedException(String messageKey, Object... args) {
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
