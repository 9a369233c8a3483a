package org.aftersales.web.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10.7: what the JSON binding takes as a whole number, a date and a text — and what it refuses. */
class StrictJsonTest {

    private static JsonValue json(String literal) {
        return Json.createReader(new StringReader("[" + literal + "]"))
                .readArray()
                .get(0);
    }

    private static String outcome(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (StrictJson.InvalidValue e) {
            return e.messageKey();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1 | ok",
                "2.0 | ok",
                "'\"42\"' | ok",
                "-9223372036854775808 | ok",
                "1.5 | validation.integer",
                "1e-3 | validation.integer",
                "99999999999999999999999 | validation.integerRange",
                "9223372036854775808 | validation.integerRange",
                "1e30 | validation.integerRange",
                "'\"1.5\"' | validation.integer",
                "'\"abc\"' | validation.integer",
                "true | validation.integer",
            })
    void aLongIsAnExactWholeNumberInRange(String literal, String expected) {
        assertEquals(expected, outcome(() -> StrictJson.whole(json(literal), Long.MIN_VALUE, Long.MAX_VALUE)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2147483647 | ok",
                "-2147483648 | ok",
                "2147483648 | validation.integerRange",
                "-2147483649 | validation.integerRange",
                "3.25 | validation.integer",
            })
    void anIntegerIsAnExactWholeNumberInRange(String literal, String expected) {
        assertEquals(expected, outcome(() -> StrictJson.whole(json(literal), Integer.MIN_VALUE, Integer.MAX_VALUE)));
    }

    @Test
    void wholeNumbersKeepTheirValue() {
        assertEquals(2L, StrictJson.whole(json("2.000"), Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals(42L, StrictJson.whole(json("\"42\""), Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'\"2026-11-26\"' | ok",
                "'\"1980-01-01\"' | ok",
                "'\"0001-01-01\"' | validation.dateRange",
                "'\"9999-12-31\"' | validation.dateRange",
                "'\"2026-02-30\"' | validation.date",
                "'\"26.11.2026\"' | validation.date",
                "20261126 | validation.date",
            })
    void aDateIsIsoAndWithinThisProductsWorld(String literal, String expected) {
        assertEquals(expected, outcome(() -> StrictJson.date(json(literal))));
    }

    @Test
    void aDateKeepsItsValue() {
        assertEquals(LocalDate.of(2026, 11, 26), StrictJson.date(json("\"2026-11-26\"")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'\"张三\"' | ok",
                "'\"第一行\\n第二行\\t!\"' | ok",
                "'\"A\\u0000B\"' | validation.controlCharacter",
                "'\"A\\u001bB\"' | validation.controlCharacter",
                "'\"abc\\u202Egpj.exe\"' | validation.controlCharacter",
                "'\"\\u2066x\\u2069\"' | validation.controlCharacter",
                "'\"\\u200Fx\"' | validation.controlCharacter",
            })
    void textCarriesNoControlCharactersOrDirectionMarks(String literal, String expected) {
        assertEquals(expected, outcome(() -> StrictJson.text(json(literal))));
    }

    @Test
    void theFieldComesFromTheNestedBindingMessages() {
        JsonbException inner = new StrictJson.InvalidValue("validation.integer");
        JsonbException line = new JsonbException("Unable to deserialize property 'qty' because of: x", inner);
        JsonbException body = new JsonbException("Unable to deserialize property 'lines' because of: y", line);
        assertEquals("lines.qty", StrictJson.field(new jakarta.ws.rs.ProcessingException("z", body)));
        assertEquals(
                "validation.integer",
                StrictJson.invalidValue(body).orElseThrow().messageKey());
        assertEquals("", StrictJson.field(new JsonbException("Unexpected char 39 at (line no=1, column no=2)")));
        assertThrows(
                java.util.NoSuchElementException.class,
                () -> StrictJson.invalidValue(new JsonbException("broken")).orElseThrow());
    }
}
