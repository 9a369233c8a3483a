package org.aftersales.domain.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Q1: the grade of a complaint, which sets the reply time promised to the customer before the call
 * ends — the hours of the setting {@code quality.reply-hours.<SEVERITY>} (seeded with
 * {@link #defaultReplyHours()}).
 */
public enum ComplaintSeverity {
    MINOR(72),
    NORMAL(48),
    SERIOUS(24),
    CRITICAL(4);

    private final int defaultReplyHours;

    ComplaintSeverity(int defaultReplyHours) {
        this.defaultReplyHours = defaultReplyHours;
    }

    /** The setting that holds this severity's reply term in hours. */
    public String settingKey() {
        return "quality.reply-hours." + name();
    }

    public int defaultReplyHours() {
        return defaultReplyHours;
    }

    /** Q1: the reply promised for a complaint accepted at {@code acceptedAt}, {@code hours} later (at least 1). */
    public static Instant replyBy(Instant acceptedAt, int hours) {
        Objects.requireNonNull(acceptedAt, "The time of acceptance is required.");
        return acceptedAt.plus(Duration.ofHours(Math.max(1, hours)));
    }
}
