package org.aftersales.web.shared.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.aftersales.accounts.boundary.AccountChanges;

/**
 * When the authentication last read a remembered caller's account (a staff session, an entry of the
 * API's credential cache), and at which {@link AccountChanges#generation()} it took before the read
 * (issue 15.2). The one rule for both: the account is read again once any account has changed since,
 * or {@link #RECHECK} has passed.
 */
record AccountCheck(Instant at, long generation) implements Serializable {

    /**
     * The longest a remembered caller goes without its account being read again. A change made in this
     * server is seen at the next call ({@link AccountChanges}); this bounds only changes made elsewhere
     * (another server on the same database, or SQL by hand).
     */
    static final Duration RECHECK = Duration.ofSeconds(15);

    /** Not checked at any generation: the next request reads the account. */
    static AccountCheck pending() {
        return new AccountCheck(Instant.now(), -1);
    }

    /** Checked at {@code generation}, taken before the account was read. */
    static AccountCheck at(long generation) {
        return new AccountCheck(Instant.now(), generation);
    }

    /** No account has changed since, and the check is younger than {@link #RECHECK}. */
    boolean current(long generationNow) {
        return generation == generationNow && at.plus(RECHECK).isAfter(Instant.now());
    }
}
