package org.aftersales.customers.control.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C2: reading the sales hand-over file, CSV or XLSX, and every reason a row is rejected. */
class HandoverParserTest {

    private static final String HEADER = "客户名称,客户类型,联系人,电话,地区,地址,型号,出厂编码,颜色,出厂日期,购买日期,购买凭证,用途\n";
    private static final String GOOD = "张三,家庭,张三,13800000000,北京,朝阳区1号,KFR-35GW,SN1,白,2026-10-01,2026-11-20,发票,家用\n";
    private final HandoverParser parser = new HandoverParser();

    private ParsedHandover csv(String text) {
        return parser.parse("day.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsARowWithChineseHeadersAndValues() {
        ParsedHandover parsed = csv(HEADER + GOOD);
        assertEquals(List.of(), parsed.rejected());
        HandoverRow row = parsed.rows().get(0);
        assertEquals(2, row.line());
        assertEquals("张三", row.customerName());
        assertEquals("HOUSEHOLD", row.customerType());
        assertEquals("13800000000", row.phone());
        assertEquals("SN1", row.serialNumber());
        assertEquals(LocalDate.parse("2026-10-01"), row.factoryDate());
        assertEquals(LocalDate.parse("2026-11-20"), row.purchaseDate());
        assertEquals("INVOICE", row.proofOfPurchase());
        assertEquals("HOUSEHOLD", row.use());
    }

    @Test
    void readsEnglishHeadersInAnyOrderWithDefaults() {
        ParsedHandover parsed = csv("serialNumber,model,name,type,phone,region,address,factoryDate,extra\n"
                + "SN9,RF-300,ACME,COMMERCIAL,010-65123456,上海,浦东1号,2026/1/5,ignored\n");
        HandoverRow row = parsed.rows().get(0);
        assertEquals("ACME", row.customerName());
        assertEquals("COMMERCIAL", row.customerType());
        assertEquals(LocalDate.parse("2026-01-05"), row.factoryDate());
        assertEquals("NONE", row.proofOfPurchase(), "no proof column: none");
        assertEquals("COMMERCIAL", row.use(), "a commercial customer's product is for commercial use by default");
        assertNull(row.purchaseDate());
    }

    @Test
    void aByteOrderMarkAndGb18030AreRead() {
        byte[] bom = ("\uFEFF" + HEADER + GOOD).getBytes(StandardCharsets.UTF_8);
        assertEquals("张三", parser.parse("a.csv", bom).rows().get(0).customerName());
        byte[] gb = (HEADER + GOOD).getBytes(Charset.forName("GB18030"));
        assertEquals("张三", parser.parse("a.CSV", gb).rows().get(0).customerName());
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesCountAsInTheFile() {
        ParsedHandover parsed = csv(HEADER
                + "\"王五, 李六\",家庭,\"老\"\"王\"\"\",13800000001,北京,\"朝阳区\n2号楼\",KFR-35GW,SN2,白,2026-10-01,,,\n"
                + GOOD);
        assertEquals("王五, 李六", parsed.rows().get(0).customerName());
        assertEquals("老\"王\"", parsed.rows().get(0).contact());
        assertEquals("朝阳区\n2号楼", parsed.rows().get(0).address());
        assertEquals(2, parsed.rows().get(0).line());
        assertEquals(4, parsed.rows().get(1).line(), "the quoted line break takes line 3");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        ",家庭,张三,13800000000,北京,朝阳区1号,KFR-35GW,SN1,白,2026-10-01,,,|handover.missing",
        "张三,外星,张三,13800000000,北京,朝阳区1号,KFR-35GW,SN1,白,2026-10-01,,,|handover.badValue",
        "张三,家庭,张三,13800000000,北京,朝阳区1号,KFR-35GW,SN1,白,2026-13-01,,,|handover.badDate",
        "张三,家庭,张三,13800000000,北京,朝阳区1号,KFR-35GW,SN1,白,2026-10-01,昨天,,|handover.badDate",
        "张三,家庭,张三,13800000000,北京,朝阳区1号,KFR-35GW,SN1,白,2026-10-01,2026-09-01,发票,|handover.purchaseBeforeFactory",
        "张三,家庭,张三,13800000000,北京,朝阳区1号,KFR-35GW,SN1,白,2026-10-01,,借条,|handover.badValue",
        "张三,家庭,张三,13800000000,北京,朝阳区1号,KFR-35GW,SN1,白,2026-10-01,,,水下|handover.badValue",
        "张三,家庭,张三,13800000000,北京,朝阳区1号,KFR-35GW,,白,2026-10-01,,,|handover.missing",
    })
    void aBadRowIsRejectedWithItsLineAndReason(String row, String reason) {
        ParsedHandover parsed = csv(HEADER + GOOD.replace("SN1", "SN0") + row + "\n");
        assertEquals(1, parsed.rows().size());
        assertEquals(1, parsed.rejected().size());
        assertEquals(3, parsed.rejected().get(0).line());
        assertEquals(reason, parsed.rejected().get(0).reasonKey());
    }

    @Test
    void aTooLongValueIsRejected() {
        ParsedHandover parsed = csv(HEADER + GOOD.replace("SN1", "S".repeat(65)));
        assertEquals("handover.tooLong", parsed.rejected().get(0).reasonKey());
    }

    @Test
    void theSecondOccurrenceOfASerialInOneFileIsRejected() {
        ParsedHandover parsed = csv(HEADER + GOOD + "\n" + GOOD);
        assertEquals(1, parsed.rows().size(), "the empty line is skipped");
        assertEquals(2, parsed.rows().get(0).line());
        assertEquals("handover.duplicateInFile", parsed.rejected().get(0).reasonKey());
        assertEquals(4, parsed.rejected().get(0).line());
    }

    @Test
    void aMissingRequiredColumnFailsTheWholeFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> csv("客户名称,电话\n张三,138\n"));
        assertTrue(e.getMessage().contains("出厂编码"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parser.parse("day.txt", new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> csv(""));
    }

    @Test
    void anXlsxWithDateAndNumberCellsReadsLikeTheCsv() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            String[] headers = HEADER.strip().split(",");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = sheet.createRow(1);
            String[] values = GOOD.strip().split(",");
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            row.getCell(3).setCellValue(13800000000d); // a phone typed as a number
            row.getCell(9).setCellValue(LocalDate.parse("2026-10-01"));
            row.getCell(9).setCellStyle(dateStyle);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        ParsedHandover fromXlsx = parser.parse("day.xlsx", xlsx);
        assertEquals(List.of(), fromXlsx.rejected());
        assertEquals(csv(HEADER + GOOD).rows(), fromXlsx.rows());
    }

    @Test
    void theTemplatesParseBack() {
        ParsedHandover csvTemplate = parser.parse("t.csv", HandoverTemplate.csv());
        assertEquals(1, csvTemplate.rows().size(), "the sample row");
        assertEquals(List.of(), csvTemplate.rejected());
        assertEquals(0, parser.parse("t.xlsx", HandoverTemplate.xlsx()).rows().size());
    }
}
