package org.aftersales.support.tx;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * When something a server remembers was last read, and at which {@link ChangeCount#current()} taken
 * before the read (issue 15.2: a remembered caller's account, a setting's value). The one rule for
 * all of them: it is read again once the number has moved, or {@link #RECHECK} has passed.
 */
public record ChangeCheck(Instant at, long generation) implements Serializable {

    /**
     * The longest anything remembered goes without being read again. A change made in this server is
     * seen at the next question ({@link ChangeCount}); this bounds only changes made elsewhere
     * (another server on the same database, or SQL by hand).
     */
    public static final Duration RECHECK = Duration.ofSeconds(15);

    /** Not checked at any generation: the next question reads it. */
    public static ChangeCheck pending() {
        return new ChangeCheck(Instant.now(), -1);
    }

    /** Checked at {@code generation}, taken before the read. */
    public static ChangeCheck at(long generation) {
        return new ChangeCheck(Instant.now(), generation);
    }

    /** Nothing has changed since, and the check is younger than {@link #RECHECK}. */
    public boolean current(long generationNow) {
        return generation == generationNow && at.plus(RECHECK).isAfter(Instant.now());
    }
}
