package org.aftersales.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The sanity bounds of what people and partner systems type (issue 10, points 7 and 12): dates of
 * this product's world lie between 1980 and 2100, a date of something that has happened (made,
 * bought, read, registered, worked) is not in the future, a counted quantity is at most a million.
 * These are limits of plausibility, not business policy, so they are not settings: a value beyond
 * them is a typing error or an attack, and is refused on its field before any arithmetic.
 */
public final class Plausible {

    /** Nothing this product serves was made, bought or read before this day. */
    public static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);
    /** Nothing is planned after this day (contract ends, wanted times, maintenance dates). */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** The largest quantity of one part on one line, stock level or count. */
    public static final int MAX_QUANTITY = 1_000_000;
    /** The most operating hours of any counter or maintenance interval (more than a century round the clock). */
    public static final long MAX_HOURS = 1_000_000L;

    /** The clock skew tolerated for times sent by people's devices and partners' systems. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private Plausible() {}

    /**
     * The time something happened, as a caller sent it: not after {@code now} by more than {@link
     * #CLOCK_SKEW}; null is left to the caller.
     */
    public static Optional<FieldError> notInFuture(String field, Instant at, Instant now) {
        return at != null && at.isAfter(now.plus(CLOCK_SKEW))
                ? Optional.of(FieldError.of(field, "validation.notInFuture"))
                : Optional.empty();
    }

    /** Any date: within {@link #EARLIEST} … {@link #LATEST}; null is left to the caller. */
    public static Optional<FieldError> date(String field, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            return Optional.of(FieldError.of(field, "validation.dateRange", EARLIEST, LATEST));
        }
        return Optional.empty();
    }

    /** Any instant: its UTC date within {@link #EARLIEST} … {@link #LATEST}. */
    public static Optional<FieldError> instant(String field, Instant at) {
        return at == null ? Optional.empty() : date(field, LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    /**
     * The date of something that has happened (factory date, purchase, a counter reading, a
     * registration form, a day of work): not before {@link #EARLIEST}, not after today.
     */
    public static Optional<FieldError> pastDate(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            return Optional.empty();
        }
        if (date.isAfter(today)) {
            return Optional.of(FieldError.of(field, "validation.notInFuture"));
        }
        if (date.isBefore(EARLIEST)) {
            return Optional.of(FieldError.of(field, "validation.dateTooEarly", EARLIEST));
        }
        return Optional.empty();
    }

    /** A required quantity that is more than zero and at most {@link #MAX_QUANTITY}. */
    public static Optional<FieldError> positiveQuantity(String field, Integer qty) {
        if (qty == null) {
            return Optional.of(FieldError.of(field, "validation.required"));
        }
        if (qty <= 0) {
            return Optional.of(FieldError.of(field, "validation.positive"));
        }
        return quantityBound(field, qty);
    }

    /** A quantity of zero or more and at most {@link #MAX_QUANTITY}; null is left to the caller. */
    public static Optional<FieldError> quantity(String field, Integer qty) {
        if (qty == null) {
            return Optional.empty();
        }
        if (qty < 0) {
            return Optional.of(FieldError.of(field, "validation.notNegative"));
        }
        return quantityBound(field, qty);
    }

    /** Operating hours (a counter, an interval): at most {@link #MAX_HOURS}; null and negatives are left to the caller. */
    public static Optional<FieldError> hours(String field, Long hours) {
        return hours != null && hours > MAX_HOURS
                ? Optional.of(FieldError.of(field, "validation.hoursTooLarge", MAX_HOURS))
                : Optional.empty();
    }

    private static Optional<FieldError> quantityBound(String field, int qty) {
        return qty > MAX_QUANTITY
                ? Optional.of(FieldError.of(field, "validation.quantityTooLarge", MAX_QUANTITY))
                : Optional.empty();
    }

    /**
     * The first character that has no place in text a person typed, or -1: C0 controls and DEL
     * (tab, line feed and carriage return only where {@code multiLine}), and the invisible
     * direction marks and overrides that make a name read differently from what it is
     * (U+200E/F, U+202A–U+202E, U+2066–U+2069).
     */
    public static int forbiddenCharacter(String text, boolean multiLine) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7F;
            boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
            if (control && !(multiLine && lineBreakOrTab)) {
                return i;
            }
            if (c == '\u200E'
                    || c == '\u200F'
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                return i;
            }
        }
        return -1;
    }
}
