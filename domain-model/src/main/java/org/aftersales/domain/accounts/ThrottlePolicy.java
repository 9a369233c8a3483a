package org.aftersales.domain.accounts;

import java.time.Duration;

/**
 * The throttle per client address (issue 10.4): more than {@code maxFailures} failed logins from one
 * address within {@code window} refuse every login from it for {@code block} — whichever accounts
 * were tried, so spraying one password over many usernames is slowed as much as guessing one
 * account's. Settings {@code security.throttle.failures} (0 = off), {@code .window-seconds},
 * {@code .block-seconds}.
 */
public record ThrottlePolicy(int maxFailures, Duration window, Duration block) {

    public static ThrottlePolicy of(int maxFailures, long windowSeconds, long blockSeconds) {
        return new ThrottlePolicy(
                maxFailures,
                Duration.ofSeconds(Math.max(1, windowSeconds)),
                Duration.ofSeconds(Math.max(1, blockSeconds)));
    }

    public boolean enabled() {
        return maxFailures > 0;
    }
}
