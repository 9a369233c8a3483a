package org.aftersales.web.shared.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10.15: a broken rule's field path names the input beside which its message appears. */
class FeedbackTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "qty, f:qty",
        "lines[0].qty, f:lines:0:qty",
        "lines[12].partNumber, f:lines:12:partNumber",
        "lines[3], f:lines:3",
        "address.city, f:address:city",
    })
    void aFieldPathBecomesTheInputsClientId(String field, String clientId) {
        assertEquals(clientId, Feedback.clientId("f", field));
    }
}
