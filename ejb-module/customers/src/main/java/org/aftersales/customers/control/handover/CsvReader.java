package org.aftersales.customers.control.handover;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * C2: RFC 4180 CSV, written here to stay small: quoted fields may hold commas, doubled quotes and
 * line breaks; records end with CR LF, LF or CR. Text is UTF-8 (with or without BOM), or GB18030
 * when the bytes are not valid UTF-8 (what Excel saves on a Chinese Windows). Each record keeps the
 * line number it starts on, as a person sees it in an editor.
 */
final class CsvReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvReader() {}

    static String decode(byte[] bytes) {
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
        int offset = bom ? 3 : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    /**
     * The records of the text. An unclosed quote would swallow every record after it without a
     * trace, so it fails the whole file (IllegalArgumentException naming its line) instead.
     */
    static List<RawRow> read(String text) {
        List<RawRow> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n')) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                records.add(new RawRow(recordLine, fields));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStart = false;
            }
        }
        if (quoted) {
            throw new UnreadableFile(
                    "the quote opened on line " + quoteLine + " is never closed", "handover.unclosedQuote", quoteLine);
        }
        if (!field.isEmpty() || !fields.isEmpty() || !fieldStart) {
            fields.add(field.toString());
            records.add(new RawRow(recordLine, fields));
        }
        return records;
    }
}
