package org.aftersales.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10.7 / 10.12: the sanity bounds of typed dates, quantities and text. */
class PlausibleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static String key(Optional<FieldError> error) {
        return error.map(FieldError::messageKey).orElse("ok");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2026-12-01, ok",
        "2026-11-30, ok",
        "1980-01-01, ok",
        "2026-12-02, validation.notInFuture",
        "2027-06-01, validation.notInFuture",
        "1979-12-31, validation.dateTooEarly",
        "0001-01-01, validation.dateTooEarly",
        ", ok",
    })
    void aDateOfSomethingThatHappenedLiesBetween1980AndToday(LocalDate date, String expected) {
        assertEquals(expected, key(Plausible.pastDate("factoryDate", date, TODAY)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2026-12-01, ok",
        "2100-12-31, ok",
        "1980-01-01, ok",
        "2101-01-01, validation.dateRange",
        "1979-12-31, validation.dateRange",
        "0001-01-01, validation.dateRange",
        "+999999999-12-31, validation.dateRange",
    })
    void anyDateLiesBetween1980And2100(LocalDate date, String expected) {
        assertEquals(expected, key(Plausible.date("end", date)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2026-11-26T01:30:00Z, ok",
        "0001-01-01T00:00:00Z, validation.dateRange",
        "2101-01-01T00:00:00Z, validation.dateRange",
    })
    void anyInstantLiesBetween1980And2100(Instant at, String expected) {
        assertEquals(expected, key(Plausible.instant("registeredAt", at)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2026-12-01T08:00:00Z, ok",
        "2026-12-01T08:05:00Z, ok",
        "2026-12-01T08:05:01Z, validation.notInFuture",
        "2026-11-01T08:00:00Z, ok",
        ", ok",
    })
    void aSentTimeIsNotLaterThanNowBeyondTheClockSkew(Instant at, String expected) {
        assertEquals(expected, key(Plausible.notInFuture("at", at, Instant.parse("2026-12-01T08:00:00Z"))));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "1, ok",
        "1000000, ok",
        "1000001, validation.quantityTooLarge",
        "2147483647, validation.quantityTooLarge",
        "0, validation.positive",
        "-2147483648, validation.positive",
        ", validation.required",
    })
    void aPositiveQuantityIsAtMostAMillion(Integer qty, String expected) {
        assertEquals(expected, key(Plausible.positiveQuantity("lines[0].qty", qty)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0, ok",
        "1000000, ok",
        "1000001, validation.quantityTooLarge",
        "-1, validation.notNegative",
        ", ok",
    })
    void aCountedQuantityIsZeroToAMillion(Integer qty, String expected) {
        assertEquals(expected, key(Plausible.quantity("counts[0].counted", qty)));
    }

    @ParameterizedTest(name = "U+{0} single-line {1} → {2}")
    @CsvSource({
        "0041, false, -1",
        "4E2D, false, -1",
        "0000, false, 1",
        "0000, true, 1",
        "001B, true, 1",
        "007F, false, 1",
        "000A, false, 1",
        "000A, true, -1",
        "000D, true, -1",
        "0009, true, -1",
        "0009, false, 1",
        "202E, true, 1",
        "202A, false, 1",
        "2066, false, 1",
        "2069, false, 1",
        "200E, false, 1",
        "200F, false, 1",
        "200B, false, -1",
        "3000, false, -1",
    })
    void controlCharactersAndDirectionMarksHaveNoPlaceInTypedText(String hex, boolean multiLine, int expected) {
        String text = "a" + (char) Integer.parseInt(hex, 16) + "b";
        assertEquals(expected, Plausible.forbiddenCharacter(text, multiLine));
    }
}
