package org.aftersales.customers.control.handover;

import java.util.Arrays;
import java.util.List;

/**
 * C2: a hand-over file that cannot be read at all. The message is for the log; what the user sees
 * is the bundle text {@code reasonKey} with {@code reasonArgs} (a line number, a column list) —
 * never a library's own exception text (issue 10.7).
 */
public class UnreadableFile extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String reasonKey;
    private final List<String> reasonArgs;

    public UnreadableFile(String logMessage, Throwable cause, String reasonKey, Object... reasonArgs) {
        super(logMessage, cause);
        this.reasonKey = reasonKey;
        this.reasonArgs = Arrays.stream(reasonArgs).map(String::valueOf).toList();
    }

    public UnreadableFile(String logMessage, String reasonKey, Object... reasonArgs) {
        this(logMessage, null, reasonKey, reasonArgs);
    }

    public String reasonKey() {
        return reasonKey;
    }

    public List<String> reasonArgs() {
        return reasonArgs;
    }
}
