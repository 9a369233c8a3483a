package org.aftersales.domain.numbering;

import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * T10: a document number — department code in capital pinyin initials, the form's code for every
 * kind but the ticket ({@link DocumentKind}), two-digit year, month and a running number that
 * restarts each month: {@code YX-26-11-01} (叫修单), {@code YX-RK-26-11-01} (入库单). The paper form
 * has two digits; the system never fails past 99 and simply writes more ({@code YX-26-11-100}).
 */
public record DocumentNumber(String department, DocumentKind kind, YearMonth month, long sequence)
        implements Comparable<DocumentNumber> {

    private static final Pattern DEPARTMENT = Pattern.compile("[A-Z]{1,8}");
    /** Every document number, of any kind: department, the form's code if any, year, month, running number. */
    public static final Pattern FORMAT = Pattern.compile("([A-Z]{1,8})(?:-([A-Z]{2}))?-(\\d{2})-(\\d{2})-(\\d{2,})");

    public DocumentNumber {
        Objects.requireNonNull(department, "The department is required.");
        Objects.requireNonNull(kind, "The kind of document is required.");
        Objects.requireNonNull(month, "The month is required.");
        if (!DEPARTMENT.matcher(department).matches()) {
            throw new IllegalArgumentException(
                    "A department code is 1–8 capital letters (pinyin initials): " + department);
        }
        if (month.getYear() < 2000 || month.getYear() > 2099) {
            throw new IllegalArgumentException("A two-digit year needs a year in 2000–2099: " + month);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("Running numbers start at 1.");
        }
    }

    /** A number of any kind; an unknown form code is not a document number. */
    public static DocumentNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a document number: " + text);
        }
        DocumentKind kind = DocumentKind.ofCode(m.group(2))
                .orElseThrow(() -> new IllegalArgumentException("Not a document number (unknown form code): " + text));
        try {
            return new DocumentNumber(
                    m.group(1),
                    kind,
                    YearMonth.of(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))),
                    Long.parseLong(m.group(5)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("Not a document number: " + text, e);
        }
    }

    /** The counter this number is drawn from: one per kind, department and month — the number without its running part. */
    public static String counterKey(DocumentKind kind, String department, YearMonth month) {
        return department
                + kind.code().map(c -> "-" + c).orElse("")
                + String.format("-%02d-%02d", month.getYear() % 100, month.getMonthValue());
    }

    @Override
    public String toString() {
        return counterKey(kind, department, month) + "-" + String.format("%02d", sequence);
    }

    /** Within one series by running number; series by department, kind and month. */
    @Override
    public int compareTo(DocumentNumber other) {
        int byDepartment = department.compareTo(other.department);
        if (byDepartment != 0) {
            return byDepartment;
        }
        int byKind = kind.compareTo(other.kind);
        if (byKind != 0) {
            return byKind;
        }
        int byMonth = month.compareTo(other.month);
        return byMonth != 0 ? byMonth : Long.compare(sequence, other.sequence);
    }
}
