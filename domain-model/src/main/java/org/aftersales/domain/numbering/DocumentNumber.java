package org.aftersales.domain.numbering;

import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * T10: a document number — department code in capital pinyin initials, two-digit year, month and a
 * running number that restarts each month: {@code YX-26-11-01}. The paper form has two digits; the
 * system never fails past 99 and simply writes more ({@code YX-26-11-100}).
 */
public record DocumentNumber(String department, YearMonth month, long sequence) implements Comparable<DocumentNumber> {

    private static final Pattern DEPARTMENT = Pattern.compile("[A-Z]{1,8}");
    private static final Pattern FORMAT = Pattern.compile("([A-Z]{1,8})-(\\d{2})-(\\d{2})-(\\d{2,})");

    public DocumentNumber {
        Objects.requireNonNull(department, "The department is required.");
        Objects.requireNonNull(month, "The month is required.");
        if (!DEPARTMENT.matcher(department).matches()) {
            throw new IllegalArgumentException("A department code is 1–8 capital letters (pinyin initials): " + department);
        }
        if (month.getYear() < 2000 || month.getYear() > 2099) {
            throw new IllegalArgumentException("A two-digit year needs a year in 2000–2099: " + month);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("Running numbers start at 1.");
        }
    }

    public static DocumentNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a document number: " + text);
        }
        try {
            return new DocumentNumber(m.group(1), YearMonth.of(2000 + Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))), Long.parseLong(m.group(4)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("Not a document number: " + text, e);
        }
    }

    /** The counter this number is drawn from: one per department and month. */
    public static String counterKey(String department, YearMonth month) {
        return department + "-" + String.format("%02d-%02d", month.getYear() % 100, month.getMonthValue());
    }

    @Override
    public String toString() {
        return counterKey(department, month) + "-" + String.format("%02d", sequence);
    }

    @Override
    public int compareTo(DocumentNumber other) {
        int byDepartment = department.compareTo(other.department);
        if (byDepartment != 0) {
            return byDepartment;
        }
        int byMonth = month.compareTo(other.month);
        return byMonth != 0 ? byMonth : Long.compare(sequence, other.sequence);
    }
}
