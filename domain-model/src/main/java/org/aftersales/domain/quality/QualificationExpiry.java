package org.aftersales.domain.quality;

import java.time.LocalDate;

/**
 * Q9 (M2 qualifications): a qualification warns {@code warningDays} before it lapses — from the day
 * {@code expiresOn − warningDays} on, expired ones included — and only once.
 */
public final class QualificationExpiry {

    private QualificationExpiry() {}

    /** The first day on which the qualification is to be warned about. */
    public static LocalDate warnFrom(LocalDate expiresOn, int warningDays) {
        return expiresOn.minusDays(Math.max(0, warningDays));
    }

    /** Whether a warning is due today: it expires, is within the warning days (or lapsed), not yet warned. */
    public static boolean warningDue(LocalDate expiresOn, boolean warned, int warningDays, LocalDate today) {
        return expiresOn != null && !warned && !today.isBefore(warnFrom(expiresOn, warningDays));
    }

    /** Lapsed: the expiry day has passed. */
    public static boolean lapsed(LocalDate expiresOn, LocalDate today) {
        return expiresOn != null && today.isAfter(expiresOn);
    }
}
