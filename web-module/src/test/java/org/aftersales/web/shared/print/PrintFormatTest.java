package org.aftersales.web.shared.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PrintFormatTest {

    private final PrintFormat china = PrintFormat.in(PrintFormat.CHINA);

    @Test
    void moneyIsYuanWithThousandsAndTwoDecimals() {
        assertEquals("¥1,234.50", china.money(new BigDecimal("1234.5")));
        assertEquals("¥0.00", china.money(BigDecimal.ZERO));
        assertEquals("¥12.35", china.money(new BigDecimal("12.345")));
        assertEquals("", china.money(null));
    }

    @Test
    void timesAreToTheMinuteInTheGivenZone() {
        Instant instant = Instant.parse("2026-11-03T06:05:59Z");
        assertEquals("2026-11-03 14:05", china.time(instant));
        assertEquals(
                "2026-11-03 07:05", PrintFormat.in(ZoneId.of("Europe/Berlin")).time(instant));
        assertEquals("", china.time(null));
    }

    @Test
    void datesAndQuantitiesArePlain() {
        assertEquals("2026-11-03", china.date(LocalDate.of(2026, 11, 3)));
        assertEquals("2.5", china.quantity(new BigDecimal("2.50")));
        assertEquals("3", china.quantity(new BigDecimal("3.00")));
    }
}
