package org.aftersales.customers.control.handover;

import static org.aftersales.customers.control.handover.HandoverFiles.HEADERS;
import static org.aftersales.customers.control.handover.HandoverFiles.csv;
import static org.aftersales.customers.control.handover.HandoverFiles.expected;
import static org.aftersales.customers.control.handover.HandoverFiles.row;
import static org.aftersales.customers.control.handover.HandoverFiles.utf8;
import static org.aftersales.customers.control.handover.HandoverFiles.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/** C2: the hand-over file as XLSX reads to the same rows as the equivalent CSV. */
class HandoverXlsxTest {

    private final HandoverParser parser = new HandoverParser();

    private static Row put(Sheet sheet, int rowIndex, Map<String, String> values) {
        Row row = sheet.createRow(rowIndex);
        int i = 0;
        for (String value : values.values()) {
            row.createCell(i++).setCellValue(value);
        }
        return row;
    }

    private static Row header(Sheet sheet, int rowIndex) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < HEADERS.size(); i++) {
            row.createCell(i).setCellValue(HEADERS.get(i));
        }
        return row;
    }

    private static CellStyle format(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static void date(Cell cell, LocalDate date, CellStyle style) {
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    @Test
    void stringDatesRealDateCellsAndNumericPhonesAndSerialsReadLikeTheCsv() {
        String longSerial = "202611000123456"; // 15 digits: Excel's "General" shows 2.02611E+14
        byte[] file = xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("客户档案信息表");
            header(sheet, 0);
            put(sheet, 1, row("购买日期=2026/11/20")); // dates as text
            Row typed = put(sheet, 2, row("出厂编码=" + longSerial));
            typed.getCell(3).setCellValue(13800000000d); // a phone typed as a number, "General"
            typed.getCell(8).setCellValue(202611000123456d); // a serial typed as a number, "General"
            date(typed.getCell(10), LocalDate.of(2026, 10, 1), format(workbook, "yyyy-mm-dd"));
            date(typed.getCell(11), LocalDate.of(2026, 11, 20), format(workbook, "yyyy\"年\"m\"月\"d\"日\""));
            Row formatted = put(sheet, 3, row("出厂编码=1234567"));
            formatted.getCell(3).setCellValue(13800000000d);
            formatted.getCell(3).setCellStyle(format(workbook, "0")); // a number format without decimals
            formatted.getCell(8).setCellValue(1234567d);
            formatted.getCell(8).setCellStyle(format(workbook, "0.00E+00")); // shown as 1.23E+06, read whole
            date(formatted.getCell(10), LocalDate.of(2026, 10, 1), format(workbook, "m/d/yy"));
        });
        ParsedHandover fromXlsx = parser.parse("day.XLSX", file);
        ParsedHandover fromCsv =
                parser.parse("day.csv", utf8(csv(List.of(row(), row("出厂编码=" + longSerial), row("出厂编码=1234567")))));
        assertEquals(List.of(), fromXlsx.rejected());
        assertEquals(List.of(expected(2, "SN1"), expected(3, longSerial), expected(4, "1234567")), fromXlsx.rows());
        assertEquals(fromCsv.rows(), fromXlsx.rows());
    }

    @Test
    void numbersKeepTheirFormatsLeadingZerosAndNoTrailingPointZero() {
        byte[] file = xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            header(sheet, 0);
            Row row = put(sheet, 1, row());
            row.getCell(8).setCellValue(42d);
            row.getCell(8).setCellStyle(format(workbook, "000000"));
            row.getCell(7).setCellValue(300d); // model "300", not "300.0"
            row.getCell(3).setCellFormula("13800000000+1"); // cached result below
            row.getCell(3).setCellValue(13800000001d);
        });
        HandoverRow row = parser.parse("day.xlsx", file).rows().get(0);
        assertEquals("000042", row.serialNumber());
        assertEquals("300", row.model());
        assertEquals("13800000001", row.phone(), "a formula gives its cached result, not its text");
    }

    @Test
    void linesAreTheSheetsRowNumbersAndBlankRowsAreSkipped() {
        byte[] file = xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("  "); // a blank cell above the table
            header(sheet, 2);
            put(sheet, 3, row());
            Row formattedButEmpty = sheet.createRow(4);
            formattedButEmpty.createCell(0).setCellStyle(format(workbook, "@"));
            formattedButEmpty.createCell(5).setCellValue("");
            put(sheet, 6, row("出厂日期=2026-13-45"));
            put(sheet, 7, row());
        });
        ParsedHandover parsed = parser.parse("day.xlsx", file);
        assertEquals(List.of(expected(4, "SN1")), parsed.rows());
        assertEquals(
                List.of(
                        new RejectedRow(7, "SN1", "handover.badDate", List.of("出厂日期", "2026-13-45")),
                        new RejectedRow(8, "SN1", "handover.duplicateInFile", List.of("SN1"))),
                parsed.rejected());
    }

    @Test
    void onlyTheFirstSheetIsRead() {
        byte[] file = xlsx(workbook -> {
            Sheet first = workbook.createSheet("交接");
            header(first, 0);
            put(first, 1, row());
            Sheet second = workbook.createSheet("说明");
            header(second, 0);
            put(second, 1, row("出厂编码=SN-OTHER"));
        });
        assertEquals(List.of(expected(2, "SN1")), parser.parse("day.xlsx", file).rows());
    }

    @Test
    void aMissingRequiredColumnFailsTheWholeFile() {
        byte[] file = xlsx(workbook -> {
            Row header = workbook.createSheet().createRow(0);
            header.createCell(0).setCellValue("客户名称");
            header.createCell(1).setCellValue("型号");
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse("day.xlsx", file));
        assertTrue(e.getMessage().contains("出厂编码"), e.getMessage());
    }

    /** Issue 10.7: POI's own texts ("No valid entries or contents found", …) never reach the user. */
    @Test
    void bytesThatAreNoXlsxGiveABundleReasonAndNoLibraryText() {
        for (byte[] file : List.of(utf8(csv(List.of(row()))), new byte[0], new byte[] {'P', 'K', 3, 4, 0, 0})) {
            UnreadableFile e = assertThrows(UnreadableFile.class, () -> parser.parse("day.xlsx", file));
            assertTrue(
                    e.reasonKey().equals("handover.notXlsx") || e.reasonKey().equals("handover.emptyFile"),
                    e.reasonKey());
            assertTrue(e.reasonArgs().isEmpty(), e.reasonArgs().toString());
        }
        UnreadableFile noSheet = assertThrows(
                UnreadableFile.class, () -> parser.parse("day.xlsx", xlsx(workbook -> workbook.createSheet())));
        assertEquals("handover.emptyFile", noSheet.reasonKey());
        UnreadableFile type = assertThrows(UnreadableFile.class, () -> parser.parse("day.pdf", new byte[] {1}));
        assertEquals("handover.fileType", type.reasonKey());
    }

    @Test
    void bytesThatAreNoXlsxFailTheFileWithIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> parser.parse("day.xlsx", utf8(csv(List.of(row())))));
        assertThrows(IllegalArgumentException.class, () -> parser.parse("day.xlsx", new byte[0]));
        assertThrows(
                IllegalArgumentException.class,
                () -> parser.parse("day.xlsx", xlsx(workbook -> workbook.createSheet())));
        assertThrows(IllegalArgumentException.class, () -> parser.parse("day.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}));
    }

    @Test
    void moreThanMaxRowsDataRowsFailTheFile() {
        byte[] file = xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            List<String> names =
                    List.of("name", "type", "phone", "region", "address", "model", "serialNumber", "factoryDate");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            for (int r = 1; r <= HandoverParser.MAX_ROWS + 1; r++) {
                Row row = sheet.createRow(r);
                row.createCell(6).setCellValue("SN" + r);
            }
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse("day.xlsx", file));
        assertTrue(e.getMessage().contains(String.valueOf(HandoverParser.MAX_ROWS)), e.getMessage());
    }
}
