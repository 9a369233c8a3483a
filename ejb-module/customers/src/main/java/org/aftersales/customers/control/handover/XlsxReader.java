package org.aftersales.customers.control.handover;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * C2: the first sheet of an XLSX hand-over file as text rows. Date cells become {@code yyyy-MM-dd};
 * numbers are shown as Excel shows them (DataFormatter), except that a phone or serial number typed
 * as a number never comes out as {@code 1.38E+10} or {@code 13800000000.0}; formulas give their
 * cached result. Blank rows (Excel keeps formatted empty rows) are left out.
 */
final class XlsxReader {

    private static final Pattern EXPONENT = Pattern.compile("[-+]?\\d+(\\.\\d+)?[eE][-+]?\\d+");

    private XlsxReader() {}

    /** The non-blank rows; more than {@code maxRows} of them → IllegalArgumentException. */
    static List<RawRow> read(byte[] content, int maxRows) {
        int line = 0; // the row being read, for the message when POI fails on it
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFile("the workbook has no sheet", "handover.noSheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                line = row.getRowNum() + 1;
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? null : text(cell, formatter));
                }
                RawRow raw = new RawRow(row.getRowNum() + 1, cells);
                if (!raw.blank()) {
                    if (rows.size() >= maxRows) {
                        throw new UnreadableFile(
                                "more than " + HandoverParser.MAX_ROWS + " rows",
                                "handover.tooManyRows",
                                HandoverParser.MAX_ROWS);
                    }
                    rows.add(raw);
                }
            }
            return rows;
        } catch (UnreadableFile e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI's own texts ("not an OOXML file", "Zip bomb detected", …) go to the log, not to the user
            throw line == 0
                    ? new UnreadableFile("not a readable XLSX file: " + e.getMessage(), e, "handover.notXlsx")
                    : new UnreadableFile(
                            "XLSX row " + line + " unreadable: " + e.getMessage(), e, "handover.xlsxRow", line);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : number(cell, formatter);
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            default -> null; // BLANK, ERROR
        };
    }

    /**
     * As formatted in the sheet (a format "000000" keeps leading zeros), but "General" numbers and
     * anything the format would show in scientific notation come out as plain digits.
     */
    private static String number(Cell cell, DataFormatter formatter) {
        double value = cell.getNumericCellValue();
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        if (cell.getCellType() == CellType.FORMULA
                || "General".equalsIgnoreCase(cell.getCellStyle().getDataFormatString())) {
            return plain;
        }
        String shown = formatter.formatCellValue(cell);
        return shown == null
                        || shown.isBlank()
                        || EXPONENT.matcher(shown.strip()).matches()
                ? plain
                : shown;
    }
}
