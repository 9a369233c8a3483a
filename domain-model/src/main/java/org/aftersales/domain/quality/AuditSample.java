package org.aftersales.domain.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Q6: the month's random sample of closed tickets that a manager audits. Random but reproducible:
 * the tickets are ordered by a hash of the month and their number, and the first {@code percent} %
 * (rounded up, at least one when there are any) are taken — the same month and tickets always give
 * the same sample, whoever runs it and however often.
 */
public final class AuditSample {

    private AuditSample() {}

    /** How many of {@code closed} tickets the sample takes. */
    public static int size(int closed, BigDecimal percent) {
        if (closed <= 0 || percent == null || percent.signum() <= 0) {
            return 0;
        }
        int n = percent.multiply(BigDecimal.valueOf(closed))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .intValue();
        return Math.min(closed, Math.max(1, n));
    }

    public static List<String> pick(List<String> closedTickets, YearMonth month, BigDecimal percent) {
        int n = size(closedTickets.size(), percent);
        return closedTickets.stream()
                .distinct()
                .sorted(Comparator.comparing((String t) -> key(month, t)).thenComparing(t -> t))
                .limit(n)
                .toList();
    }

    static String key(YearMonth month, String ticket) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((month + "|" + ticket).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
