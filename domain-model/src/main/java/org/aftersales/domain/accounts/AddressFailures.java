package org.aftersales.domain.accounts;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The failed logins of one client address in the sliding window of a {@link ThrottlePolicy}, and
 * the block they caused. Thread-safe: one instance is shared by the requests from that address.
 */
public final class AddressFailures {

    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant blockedUntil;

    /** The end of the block in force at {@code now}, if one is. */
    public synchronized Optional<Instant> blockedUntil(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil) ? Optional.of(blockedUntil) : Optional.empty();
    }

    /**
     * Counts a failure at {@code now}; returns the end of the block it started when it was one too
     * many. Failures while a block holds are not counted (nothing was checked).
     */
    public synchronized Optional<Instant> recordFailure(ThrottlePolicy policy, Instant now) {
        if (!policy.enabled() || blockedUntil(now).isPresent()) {
            return Optional.empty();
        }
        forgetBefore(now.minus(policy.window()));
        failures.addLast(now);
        if (failures.size() <= policy.maxFailures()) {
            return Optional.empty();
        }
        failures.clear();
        blockedUntil = now.plus(policy.block());
        return Optional.of(blockedUntil);
    }

    /** True when nothing is remembered that still matters at {@code now} (the entry may be dropped). */
    public synchronized boolean isIdle(ThrottlePolicy policy, Instant now) {
        forgetBefore(now.minus(policy.window()));
        return failures.isEmpty() && blockedUntil(now).isEmpty();
    }

    public synchronized int failuresInWindow(ThrottlePolicy policy, Instant now) {
        forgetBefore(now.minus(policy.window()));
        return failures.size();
    }

    private void forgetBefore(Instant start) {
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(start)) {
            failures.removeFirst();
        }
    }
}
