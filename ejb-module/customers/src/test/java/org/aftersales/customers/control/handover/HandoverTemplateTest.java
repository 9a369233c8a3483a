package org.aftersales.customers.control.handover;

import static org.aftersales.customers.control.handover.HandoverFiles.HEADERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** C2: the templates the screen offers for download parse back. */
class HandoverTemplateTest {

    private final HandoverParser parser = new HandoverParser();

    private static final HandoverRow SAMPLE = new HandoverRow(
            2,
            "张三",
            "HOUSEHOLD",
            "张三",
            "13800000000",
            null,
            "北京",
            "北京市朝阳区建国路1号",
            "KFR-35GW",
            "SN2026000001",
            "白",
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 11, 20),
            "INVOICE",
            "HOUSEHOLD",
            "某某电器",
            "CK-26-11-001");

    @Test
    void theCsvTemplateHasTheChineseHeadersAndASampleRowThatParsesBack() {
        byte[] csv = HandoverTemplate.csv();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + String.join(",", HEADERS) + "\r\n"), "a BOM, so Excel reads UTF-8");
        ParsedHandover parsed = parser.parse("客户档案信息表.csv", csv);
        assertEquals(List.of(), parsed.rejected());
        assertEquals(List.of(SAMPLE), parsed.rows());
    }

    @Test
    void theXlsxTemplateHasTheChineseHeadersAndNoRows() throws IOException {
        byte[] xlsx = HandoverTemplate.xlsx();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(HEADERS, headers);
        }
        ParsedHandover parsed = parser.parse("客户档案信息表.xlsx", xlsx);
        assertEquals(List.of(), parsed.rows());
        assertEquals(List.of(), parsed.rejected());
    }

    @Test
    void theXlsxTemplateFilledInWithTheSampleParsesLikeTheCsvSample() throws IOException {
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(HandoverTemplate.xlsx()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = sheet.createRow(1);
            for (int i = 0; i < HandoverTemplate.SAMPLE.size(); i++) {
                row.createCell(i).setCellValue(HandoverTemplate.SAMPLE.get(i));
                if (sheet.getColumnStyle(i) != null) {
                    row.getCell(i)
                            .setCellStyle(sheet.getColumnStyle(i)); // as Excel does when one types into the column
                }
            }
            row.getCell(10).setCellValue(LocalDate.of(2026, 10, 1)); // typed into the date column: a date cell
            workbook.write(out);
            filled = out.toByteArray();
        }
        ParsedHandover parsed = parser.parse("filled.xlsx", filled);
        assertEquals(List.of(), parsed.rejected());
        assertEquals(List.of(SAMPLE), parsed.rows());
        assertEquals(parser.parse("t.csv", HandoverTemplate.csv()).rows(), parsed.rows());
    }
}
