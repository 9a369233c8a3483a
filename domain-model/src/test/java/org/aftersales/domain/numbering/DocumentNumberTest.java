package org.aftersales.domain.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** T10: the document number's format per kind of document, month by month, past the paper form's 99. */
class DocumentNumberTest {

    @ParameterizedTest(name = "{0} {1} {2} #{3} → {4}")
    @CsvSource({
        "YX, TICKET,        2026-11, 1,    YX-26-11-01",
        "YX, TICKET,        2026-11, 9,    YX-26-11-09",
        "YX, TICKET,        2026-11, 99,   YX-26-11-99",
        "YX, TICKET,        2026-11, 100,  YX-26-11-100",
        "SC, TICKET,        2027-01, 12,   SC-27-01-12",
        "HY, TICKET,        2030-12, 1234, HY-30-12-1234",
        "YX, INBOUND_SLIP,  2026-12, 1,    YX-RK-26-12-01",
        "YX, OUTBOUND_SLIP, 2026-12, 2,    YX-CK-26-12-02",
        "YX, TRANSFER_SLIP, 2026-12, 3,    YX-DB-26-12-03",
        "YX, PART_SALE,     2026-12, 4,    YX-XS-26-12-04",
        "YX, PAYMENT_SLIP,  2026-12, 5,    YX-JK-26-12-05",
        "YX, STOCK_TAKE,    2026-12, 6,    YX-PD-26-12-06",
        "YX, DEALER_RETURN, 2026-12, 7,    YX-SH-26-12-07",
        "SC, INBOUND_SLIP,  2027-01, 100,  SC-RK-27-01-100",
        "RK, TICKET,        2026-12, 1,    RK-26-12-01",
        "RK, INBOUND_SLIP,  2026-12, 1,    RK-RK-26-12-01",
    })
    void writesDepartmentFormCodeYearMonthAndAtLeastTwoDigits(
            String department, DocumentKind kind, String month, long sequence, String text) {
        DocumentNumber number = new DocumentNumber(department, kind, YearMonth.parse(month), sequence);
        assertEquals(text, number.toString());
        assertEquals(number, DocumentNumber.parse(text));
        assertTrue(DocumentNumber.FORMAT.matcher(text).matches(), "the one pattern accepts every kind: " + text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "yx-26-11-01",
                "YX-26-11-1",
                "YX-2026-11-01",
                "YX-26-13-01",
                "YX-26-11-00",
                "YX/26/11/01",
                "YX-ZZ-26-11-01",
                "YX-rk-26-11-01",
                "YX-RKX-26-11-01",
                "YX--26-11-01",
                "YX-RK-26-11",
                "YX-RK-RK-26-11-01"
            })
    void refusesWhatIsNotADocumentNumber(String text) {
        assertThrows(IllegalArgumentException.class, () -> DocumentNumber.parse(text));
    }

    @Test
    void numbersOfTheSameCounterSortByTheirRunningNumberNotAsText() {
        DocumentNumber ninetyNine = DocumentNumber.parse("YX-26-11-99");
        DocumentNumber hundred = DocumentNumber.parse("YX-26-11-100");
        assertTrue(ninetyNine.compareTo(hundred) < 0);
        assertTrue(
                DocumentNumber.parse("YX-26-11-99").compareTo(DocumentNumber.parse("YX-26-12-01")) < 0,
                "a new month starts again at 01, after the old month");
        assertTrue(DocumentNumber.parse("YX-RK-26-11-99").compareTo(DocumentNumber.parse("YX-RK-26-11-100")) < 0);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void eachKindHasItsOwnCounterPerDepartmentAndMonth(DocumentKind kind) {
        YearMonth month = YearMonth.of(2026, 12);
        String key = DocumentNumber.counterKey(kind, "YX", month);
        assertEquals(
                key + "-01", new DocumentNumber("YX", kind, month, 1).toString(), "the key is the numbers' prefix");
        for (DocumentKind other : EnumSet.complementOf(EnumSet.of(kind))) {
            assertNotEquals(key, DocumentNumber.counterKey(other, "YX", month));
        }
        assertNotEquals(key, DocumentNumber.counterKey(kind, "SC", month));
        assertNotEquals(key, DocumentNumber.counterKey(kind, "YX", month.plusMonths(1)));
        assertTrue(key.length() <= 20, "fits document_counter.counter_key: " + key);
        assertTrue(
                new DocumentNumber("ABCDEFGH", kind, month, 99_999).toString().length() <= 32,
                "fits the document tables' number columns");
    }

    @Test
    void theTicketKeepsItsFormerNumbersAndCounterAndEveryOtherKindHasItsOwnCode() {
        assertEquals(
                "YX-26-12",
                DocumentNumber.counterKey(DocumentKind.TICKET, "YX", YearMonth.of(2026, 12)),
                "the counters from before the series were split go on as the ticket series");
        assertTrue(DocumentKind.TICKET.code().isEmpty());
        Set<String> codes = new HashSet<>();
        Arrays.stream(DocumentKind.values())
                .filter(k -> k != DocumentKind.TICKET)
                .forEach(k -> {
                    String code = k.code().orElseThrow();
                    assertTrue(code.matches("[A-Z]{2}"), code);
                    assertTrue(codes.add(code), "one code per kind: " + code);
                    assertTrue(!k.paperName().isBlank());
                    assertEquals(k, DocumentKind.ofCode(code).orElseThrow());
                });
        assertEquals(DocumentKind.TICKET, DocumentKind.ofCode(null).orElseThrow());
        assertEquals("入库单", DocumentKind.INBOUND_SLIP.paperName());
    }

    @Test
    void aCounterDrawsOnlyItsOwnSeries() {
        YearMonth month = YearMonth.of(2026, 12);
        DocumentCounter inbound = new DocumentCounter(DocumentKind.INBOUND_SLIP, "YX", month);
        assertEquals(
                "YX-RK-26-12-01",
                inbound.draw(DocumentKind.INBOUND_SLIP, "YX", month).toString());
        assertEquals(
                "YX-RK-26-12-02",
                inbound.draw(DocumentKind.INBOUND_SLIP, "YX", month).toString());
        assertThrows(IllegalArgumentException.class, () -> inbound.draw(DocumentKind.TICKET, "YX", month));
        assertThrows(IllegalArgumentException.class, () -> inbound.draw(DocumentKind.OUTBOUND_SLIP, "YX", month));
    }
}
