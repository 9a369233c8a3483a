package org.aftersales.domain.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When an e-mail that could not be sent is tried again: exponential backoff from a base delay
 * ({@code mail.retry-base-seconds}) — base, 2 × base, 4 × base … after the first, second, third
 * failed attempt — until {@code mail.max-attempts} attempts were made; then the mail has failed.
 * A delay never exceeds {@link #LONGEST}, however many attempts are allowed.
 */
public record RetrySchedule(int maxAttempts, Duration base) {

    /** The longest wait between two attempts (also guards the doubling against overflow). */
    public static final Duration LONGEST = Duration.ofHours(24);

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt is required.");
        }
        if (base == null || base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("The base delay must be positive.");
        }
    }

    /** From the settings; nonsense values (0, negative) fall back to one attempt and one second. */
    public static RetrySchedule of(int maxAttempts, int baseSeconds) {
        return new RetrySchedule(Math.max(1, maxAttempts), Duration.ofSeconds(Math.max(1, baseSeconds)));
    }

    /** True when {@code attemptsMade} attempts used up the allowance: no further attempt. */
    public boolean exhausted(int attemptsMade) {
        return attemptsMade >= maxAttempts;
    }

    /** The wait after the {@code attemptsMade}-th failed attempt (1-based): base × 2^(attemptsMade − 1), at most {@link #LONGEST}. */
    public Duration delayAfter(int attemptsMade) {
        if (attemptsMade < 1) {
            return Duration.ZERO;
        }
        Duration delay = base;
        for (int i = 1; i < attemptsMade && delay.compareTo(LONGEST) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }

    /** The waits between all attempts, as the administrators' screen explains them. */
    public List<Duration> delays() {
        List<Duration> delays = new ArrayList<>();
        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            delays.add(delayAfter(attempt));
        }
        return delays;
    }
}
