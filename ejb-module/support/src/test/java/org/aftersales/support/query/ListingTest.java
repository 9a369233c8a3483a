package org.aftersales.support.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {"KFR-35GW|KFR-35GW", "100%|100\\%", "a_b|a\\_b", "c:\\temp|c:\\\\temp", "压缩机|压缩机"})
    void wildcardsPeopleTypeAreLiteral(String typed, String pattern) {
        assertEquals(pattern, Listing.escape(typed));
    }
}
