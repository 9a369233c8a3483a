package org.aftersales.web.shared.view;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.aftersales.domain.shared.PageResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A list as an Excel file (.xlsx): the same query as the screen, read page by page and written
 * with POI's streaming workbook, so a long list never sits in memory at once. Every cell is text;
 * one that a formula could start with (= + - @, a tab or a carriage return, or their full-width
 * forms) is written as quoted text — what Excel stores when a person types a leading apostrophe —
 * so that a customer's name or a remark can never become a formula, not even when the cell is
 * edited in Excel (issue 10.9, formula injection). The value itself stays as typed.
 */
public final class ExcelExport {

    private static final int PAGE = 1_000;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");
    private static final String FORMULA_STARTS = "=+-@\t\r\n＝＋－＠";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExcelExport() {}

    /**
     * The download: its name carries the date and time of the export in the configured time zone
     * ({@code ui.time-zone}, issue 10.17) — the cells' times are the caller's, formatted in the same
     * zone ({@link CurrentUser#time}).
     */
    public static <T> StreamedContent of(
            String fileBase,
            ZoneId zone,
            String title,
            List<String> headers,
            PagedModel.Pager<T> pager,
            Function<T, List<String>> row,
            int max) {
        byte[] bytes = write(title, headers, pager, row, max);
        return DefaultStreamedContent.builder()
                .name(fileName(fileBase, Instant.now(), zone))
                .contentType(XLSX)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** {@code tickets-2026-12-05-0830.xlsx}: the moment of the export as the department's clock shows it. */
    static String fileName(String fileBase, Instant at, ZoneId zone) {
        return fileBase + "-" + FILE_TIME.withZone(zone).format(at) + ".xlsx";
    }

    static <T> byte[] write(
            String title, List<String> headers, PagedModel.Pager<T> pager, Function<T, List<String>> row, int max) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(title);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int written = 0;
            for (int first = 0; written < max; first += PAGE) {
                PageResult<T> page = pager.page(first, Math.min(PAGE, max - written));
                for (T item : page.items()) {
                    Row line = sheet.createRow(++written);
                    List<String> cells = row.apply(item);
                    for (int i = 0; i < cells.size(); i++) {
                        String text = cells.get(i) == null ? "" : cells.get(i);
                        Cell cell = line.createCell(i);
                        cell.setCellValue(text);
                        if (couldStartAFormula(text)) {
                            cell.setCellStyle(quoted);
                        }
                    }
                }
                if (page.items().size() < PAGE) {
                    break;
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text that Excel (or another spreadsheet) would take as the start of a formula if typed. */
    static boolean couldStartAFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }
}
