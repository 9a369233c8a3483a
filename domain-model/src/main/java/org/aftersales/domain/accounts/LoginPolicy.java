package org.aftersales.domain.accounts;

import java.time.Duration;
import java.util.Objects;

/**
 * When repeated failed logins lock an account, and for how long (issue 10.4). The threshold is the
 * setting {@code security.lockout.threshold} (zero or less never locks); a lock is temporary: the
 * first lasts {@code security.lockout.seconds}, each further lock without a successful login in
 * between twice as long as the one before, never longer than {@code security.lockout.max-seconds}.
 * So a stranger who knows a username can delay its owner, but never lock them out for good.
 */
public record LoginPolicy(int lockoutThreshold, Duration firstLock, Duration longestLock) {

    public LoginPolicy {
        Objects.requireNonNull(firstLock, "The first lock's duration is required.");
        Objects.requireNonNull(longestLock, "The longest lock's duration is required.");
        if (firstLock.isNegative() || longestLock.isNegative()) {
            throw new IllegalArgumentException("A lock cannot last a negative time.");
        }
    }

    /** No lock lasts longer than a year, whatever the settings say. */
    static final long YEAR_SECONDS = 366L * 24 * 3600;

    /** A policy from the settings' numbers (seconds); nonsense values fall back to safe ones. */
    public static LoginPolicy of(int threshold, long firstLockSeconds, long longestLockSeconds) {
        Duration first = Duration.ofSeconds(Math.min(YEAR_SECONDS, Math.max(1, firstLockSeconds)));
        Duration longest = Duration.ofSeconds(Math.min(YEAR_SECONDS, Math.max(1, longestLockSeconds)));
        return new LoginPolicy(threshold, first, longest.compareTo(first) < 0 ? first : longest);
    }

    public boolean shouldLock(int consecutiveFailures) {
        return lockoutThreshold > 0 && consecutiveFailures >= lockoutThreshold;
    }

    /** How long the {@code n}-th lock in a row lasts (n ≥ 1): doubling from the first, capped. */
    public Duration lockDuration(int n) {
        if (n <= 1) {
            return min(firstLock, longestLock);
        }
        int doublings = Math.min(n - 1, 62);
        long seconds = firstLock.getSeconds();
        if (seconds > 0 && doublings >= Long.numberOfLeadingZeros(seconds) - 1) {
            return longestLock; // would overflow: far beyond any cap
        }
        return min(Duration.ofSeconds(seconds << doublings), longestLock);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
