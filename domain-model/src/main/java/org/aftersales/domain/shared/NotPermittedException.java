package org.aftersales.domain.shared;

/**
 * The caller is known and the object exists, but this caller may not do this to it (API: 403): not
 * a decider of an approval's current step, or the requester approving their own request. {@code
 * messageKey} names the text in the web tier's bundles.
 */
public class NotPermittedException extends MessageKeyedException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
