package org.aftersales.web.parts.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10.14: the part number of an autocomplete choice or of a typed number. */
class PartNumberConverterTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "'YSJ-001 压缩机', YSJ-001",
                "'YSJ-001', YSJ-001",
                "'  YSJ-001   风机 电容 ', YSJ-001",
                "'', -",
                "'   ', -",
            })
    void theFirstWordIsThePartNumber(String typed, String number) {
        assertEquals(number, PartNumberConverter.number(typed));
    }
}
