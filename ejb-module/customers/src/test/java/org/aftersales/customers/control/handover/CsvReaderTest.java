package org.aftersales.customers.control.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** C2: the small RFC 4180 reader behind the CSV hand-over file. */
class CsvReaderTest {

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() {
        List<RawRow> records = CsvReader.read("a,\"b, c\",\"say \"\"hi\"\"\",\"x\ny\"\nnext\n");
        assertEquals(List.of("a", "b, c", "say \"hi\"", "x\ny"), records.get(0).cells());
        assertEquals(List.of("next"), records.get(1).cells());
    }

    @Test
    void eachRecordStartsOnTheLineAPersonSees() {
        List<RawRow> records = CsvReader.read("h1,h2\r\n\"one\r\ntwo\r\nthree\",x\r\nlast,y\r\n");
        assertEquals(List.of(1, 2, 5), records.stream().map(RawRow::line).toList());
        assertEquals("one\r\ntwo\r\nthree", records.get(1).cells().get(0));
    }

    @Test
    void lfCrLfAndOldMacCrAllEndARecord() {
        assertEquals(
                List.of(1, 2, 3, 4),
                CsvReader.read("a\nb\r\nc\rd").stream().map(RawRow::line).toList());
    }

    @Test
    void emptyAndQuotedEmptyFieldsAreKept() {
        assertEquals(
                List.of("", "", "x", ""), CsvReader.read(",\"\",x,\n").get(0).cells());
        assertEquals(List.of(""), CsvReader.read("\"\"").get(0).cells(), "a last record without line break");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsJustACharacter() {
        assertEquals(
                List.of("5\" pipe", "b"), CsvReader.read("5\" pipe,b\n").get(0).cells());
    }

    @Test
    void anUnclosedQuoteFailsTheFileNamingItsLine() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CsvReader.read("h\nok\n\"never closed,\nmore\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        UnreadableFile unreadable = (UnreadableFile) e;
        assertEquals("handover.unclosedQuote", unreadable.reasonKey());
        assertEquals(List.of("3"), unreadable.reasonArgs());
    }

    @Test
    void utf8WithAndWithoutBomAndGb18030AreDecoded() {
        String text = "客户名称,地址\n张三,北京市朝阳区\n";
        assertEquals(text, CsvReader.decode(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, CsvReader.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, CsvReader.decode(text.getBytes(Charset.forName("GB18030"))));
    }
}
