package org.aftersales.domain.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** T10: the document number's format, month by month, past the paper form's 99. */
class DocumentNumberTest {

    @ParameterizedTest(name = "{0} {1} #{2} → {3}")
    @CsvSource({
        "YX, 2026-11, 1,    YX-26-11-01",
        "YX, 2026-11, 9,    YX-26-11-09",
        "YX, 2026-11, 99,   YX-26-11-99",
        "YX, 2026-11, 100,  YX-26-11-100",
        "SC, 2027-01, 12,   SC-27-01-12",
        "HY, 2030-12, 1234, HY-30-12-1234",
    })
    void writesDepartmentYearMonthAndAtLeastTwoDigits(String department, String month, long sequence, String text) {
        DocumentNumber number = new DocumentNumber(department, YearMonth.parse(month), sequence);
        assertEquals(text, number.toString());
        assertEquals(number, DocumentNumber.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yx-26-11-01", "YX-26-11-1", "YX-2026-11-01", "YX-26-13-01", "YX-26-11-00", "YX/26/11/01"})
    void refusesWhatIsNotADocumentNumber(String text) {
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.parse(text));
    }

    @org.junit.jupiter.api.Test
    void numbersOfTheSameCounterSortByTheirRunningNumberNotAsText() {
        DocumentNumber ninetyNine = DocumentNumber.parse("YX-26-11-99");
        DocumentNumber hundred = DocumentNumber.parse("YX-26-11-100");
        assertTrue(ninetyNine.compareTo(hundred) < 0);
        assertTrue(DocumentNumber.parse("YX-26-11-99").compareTo(DocumentNumber.parse("YX-26-12-01")) < 0,
                "a new month starts again at 01, after the old month");
        assertEquals("YX-26-12", DocumentNumber.counterKey("YX", YearMonth.of(2026, 12)));
    }
}
