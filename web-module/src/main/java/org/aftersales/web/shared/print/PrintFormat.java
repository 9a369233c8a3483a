package org.aftersales.web.shared.print;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Values as a printed form shows them: times to the minute in one time zone
 * ({@code 2026-11-03 14:05}), dates ({@code 2026-11-03}), money in yuan ({@code ¥1,234.50}).
 * A missing value prints as an empty box.
 */
public final class PrintFormat {

    /** The time zone of the paper forms unless the caller has a configured one. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DateTimeFormatter times;

    private PrintFormat(ZoneId zone) {
        this.times = MINUTES.withZone(Objects.requireNonNull(zone, "Time zone is required."));
    }

    public static PrintFormat in(ZoneId zone) {
        return new PrintFormat(zone);
    }

    public String time(Instant instant) {
        return instant == null ? "" : times.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat yuan = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        yuan.setRoundingMode(RoundingMode.HALF_UP);
        return yuan.format(amount);
    }

    /** A quantity such as hours without trailing zeros: {@code 2.5}, {@code 3}. */
    public String quantity(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
