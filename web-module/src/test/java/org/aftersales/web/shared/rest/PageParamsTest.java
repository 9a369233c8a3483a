package org.aftersales.web.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10.7: every list bounds page × size, so the first row never overflows. */
class PageParamsTest {

    @ParameterizedTest(name = "page {0} size {1} → {2}")
    @CsvSource({
        "0, 50, 0",
        "3, 20, 60",
        "100000, 500, 50000000",
        "2147483647, 50, page",
        "100001, 1, page",
        "-1, 50, page",
        "0, 0, size",
        "0, 501, size",
        "-1, 0, page+size",
    })
    void theFirstRowOrTheRefusedParameters(int page, int size, String expected) {
        String outcome;
        try {
            PageParams params = new PageParams(page, size);
            outcome = String.valueOf(params.first());
            assertEquals(size, params.size());
        } catch (RuleViolationException e) {
            outcome = e.errors().stream().map(FieldError::field).collect(Collectors.joining("+"));
        }
        assertEquals(expected, outcome);
    }
}
