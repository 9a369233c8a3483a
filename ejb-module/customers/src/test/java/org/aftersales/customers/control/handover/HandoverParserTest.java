package org.aftersales.customers.control.handover;

import static org.aftersales.customers.control.handover.HandoverFiles.HEADER;
import static org.aftersales.customers.control.handover.HandoverFiles.csv;
import static org.aftersales.customers.control.handover.HandoverFiles.csvLine;
import static org.aftersales.customers.control.handover.HandoverFiles.expected;
import static org.aftersales.customers.control.handover.HandoverFiles.row;
import static org.aftersales.customers.control.handover.HandoverFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** C2: reading the sales hand-over file (客户档案信息表) as CSV; the rules for every row. */
class HandoverParserTest {

    private final HandoverParser parser = new HandoverParser();

    private ParsedHandover parse(String text) {
        return parser.parse("day.csv", utf8(text));
    }

    @Test
    void aRowWithChineseHeadersAndValuesBecomesAHandoverRowOnLine2() {
        ParsedHandover parsed = parse(csv(List.of(row())));
        assertEquals(List.of(), parsed.rejected());
        assertEquals(List.of(expected(2, "SN1")), parsed.rows());
    }

    @Test
    void englishHeadersInAnyOrderWithExtraColumnsAndSurroundingSpacesAreRead() {
        ParsedHandover parsed = parse(" serialNumber ,Model,NAME,type,phone,region,address,factoryDate,remark,email\n"
                + " SN9 , RF-300 ,ACME Ltd.,commercial,010-65123456,上海,浦东新区1号, 2026/1/5 ,ignored,\n");
        assertEquals(List.of(), parsed.rejected());
        HandoverRow row = parsed.rows().get(0);
        assertEquals("SN9", row.serialNumber());
        assertEquals("RF-300", row.model());
        assertEquals("ACME Ltd.", row.customerName());
        assertEquals("COMMERCIAL", row.customerType());
        assertEquals(LocalDate.of(2026, 1, 5), row.factoryDate());
        assertNull(row.email(), "an empty cell is null");
        assertNull(row.contact(), "a column the file lacks is null");
    }

    @Test
    void theOtherChineseHeaderNamesAreRead() {
        ParsedHandover parsed = parse("客户名称,客户类型,手机,区域,地址,型号,序列号,出厂日期\n李四,商用,13900000000,天津,河西区2号,X1,SN2,2026-10-01\n");
        HandoverRow row = parsed.rows().get(0);
        assertEquals("13900000000", row.phone());
        assertEquals("天津", row.region());
        assertEquals("SN2", row.serialNumber());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "家庭,HOUSEHOLD",
        "家用,HOUSEHOLD",
        "商用,COMMERCIAL",
        "工业,INDUSTRIAL",
        "经销商,DEALER",
        "工程,PROJECT",
        "项目,PROJECT",
        "household,HOUSEHOLD",
        "DEALER,DEALER"
    })
    void customerTypesAreReadInChineseOrAsCodes(String value, String type) {
        assertEquals(
                type, parse(csv(List.of(row("客户类型=" + value)))).rows().get(0).customerType());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"发票,INVOICE", "保修卡,WARRANTY_CARD", "其他,OTHER", "无,NONE", "invoice,INVOICE", "'',NONE"})
    void proofOfPurchaseIsReadInChineseOrAsCodesAndIsNoneWhenEmpty(String value, String proof) {
        assertEquals(
                proof, parse(csv(List.of(row("购买凭证=" + value)))).rows().get(0).proofOfPurchase());
    }

    @ParameterizedTest(name = "customer {0}, use \"{1}\" → {2}")
    @CsvSource({
        "家庭,家用,HOUSEHOLD",
        "家庭,商用,COMMERCIAL",
        "商用,工业,INDUSTRIAL",
        "商用,COMMERCIAL,COMMERCIAL",
        "家庭,'',HOUSEHOLD",
        "商用,'',COMMERCIAL",
        "工业,'',COMMERCIAL",
        "经销商,'',COMMERCIAL",
        "工程,'',COMMERCIAL"
    })
    void useIsReadAndWhenEmptyFollowsTheCustomerType(String type, String use, String expected) {
        assertEquals(
                expected,
                parse(csv(List.of(row("客户类型=" + type, "用途=" + use))))
                        .rows()
                        .get(0)
                        .use());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"2026-10-01", "2026/10/1", "2026/10/01", "2026-10-1", "2026.10.1", "2026年10月1日", "2026/10/1 0:00"
            })
    void datesAreReadInTheUsualWritings(String written) {
        assertEquals(
                LocalDate.of(2026, 10, 1),
                parse(csv(List.of(row("出厂日期=" + written)))).rows().get(0).factoryDate());
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        ParsedHandover parsed = parser.parse("day.csv", utf8("\uFEFF" + csv(List.of(row()))));
        assertEquals(List.of(expected(2, "SN1")), parsed.rows());
    }

    @Test
    void gb18030BytesAreReadWhenTheyAreNotUtf8() {
        byte[] gb = csv(List.of(row())).replace("\n", "\r\n").getBytes(Charset.forName("GB18030"));
        assertThrows(
                CharacterCodingException.class,
                () -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(gb)));
        assertEquals(List.of(expected(2, "SN1")), parser.parse("DAY.CSV", gb).rows());
    }

    @Test
    void quotedCommasQuotesAndLineBreaksAreKeptAndLinesAreWhereEachRecordStarts() {
        String text = HEADER
                + csvLine(row("客户名称=王五, 李六", "联系人=老\"王\"", "地址=朝阳区\n2号楼\n3单元", "出厂编码=SN2"))
                + csvLine(row("出厂编码=SN3"));
        ParsedHandover parsed = parse(text);
        assertEquals(List.of(), parsed.rejected());
        HandoverRow quoted = parsed.rows().get(0);
        assertEquals("王五, 李六", quoted.customerName());
        assertEquals("老\"王\"", quoted.contact());
        assertEquals("朝阳区\n2号楼\n3单元", quoted.address());
        assertEquals(2, quoted.line());
        assertEquals(5, parsed.rows().get(1).line(), "the quoted line breaks take lines 3 and 4");
    }

    @Test
    void emptyRowsAreSkippedSilentlyAndLinesStillCount() {
        String text = "\n" + HEADER + "\n,,,,\n  \n" + csvLine(row()) + ",,,,,,,,,,,,,,,\n";
        ParsedHandover parsed = parse(text);
        assertEquals(List.of(expected(6, "SN1")), parsed.rows());
        assertEquals(List.of(), parsed.rejected());
    }

    @Test
    void aTitleRowAboveTheHeaderIsPassedOver() {
        ParsedHandover parsed = parse("客户档案信息表,,2026-11-26\n" + csv(List.of(row())));
        assertEquals(List.of(expected(3, "SN1")), parsed.rows());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "客户名称=       | handover.missing               | 客户名称",
                "客户类型=       | handover.missing               | 客户类型",
                "电话=           | handover.missing               | 电话",
                "地区=           | handover.missing               | 地区",
                "地址=           | handover.missing               | 地址",
                "型号=           | handover.missing               | 型号",
                "出厂编码=       | handover.missing               | 出厂编码",
                "出厂日期=       | handover.missing               | 出厂日期",
                "客户类型=外星   | handover.badValue              | 客户类型;外星",
                "购买凭证=借条   | handover.badValue              | 购买凭证;借条",
                "用途=水下       | handover.badValue              | 用途;水下",
                "电话=1.38E+10   | handover.badValue              | 电话;1.38E+10",
                "出厂编码=2.02611E+14 | handover.badValue         | 出厂编码;2.02611E+14",
                "出厂日期=2026-13-01 | handover.badDate           | 出厂日期;2026-13-01",
                "出厂日期=2026-02-30 | handover.badDate           | 出厂日期;2026-02-30",
                "出厂日期=01/10/2026 | handover.badDate           | 出厂日期;01/10/2026",
                "购买日期=昨天   | handover.badDate               | 购买日期;昨天",
                "购买日期=2026-09-30 | handover.purchaseBeforeFactory | ''",
            })
    void aBadRowIsRejectedWithItsLineReasonAndArguments(String change, String reason, String args) {
        String text = HEADER + csvLine(row("出厂编码=SN0", "地址=朝阳区\n2号楼")) + "\n" + csvLine(row(change));
        ParsedHandover parsed = parse(text);
        assertEquals(1, parsed.rows().size(), "the good row is kept");
        assertEquals(1, parsed.rejected().size());
        RejectedRow rejected = parsed.rejected().get(0);
        assertEquals(5, rejected.line(), "header 1, quoted row 2–3, empty line 4");
        assertEquals(reason, rejected.reasonKey());
        assertEquals(args.isEmpty() ? List.of() : List.of(args.split(";")), rejected.reasonArgs());
        String serial = row(change).get("出厂编码");
        assertEquals(serial.isEmpty() ? null : serial, rejected.serialNumber());
    }

    @ParameterizedTest(name = "{0} longer than {1}")
    @CsvSource({"客户名称,200", "地址,200", "电话,40", "出厂编码,64", "型号,64"})
    void aValueOverItsLimitIsRejectedAndOneAtTheLimitIsKept(String column, int limit) {
        String text = csv(List.of(
                row(column + "=" + "8".repeat(limit), "出厂编码=" + (column.equals("出厂编码") ? "S".repeat(64) : "OK")),
                row(
                        column + "=" + "8".repeat(limit + 1),
                        "出厂编码=" + (column.equals("出厂编码") ? "S".repeat(65) : "LONG"))));
        ParsedHandover parsed = parse(text);
        assertEquals(1, parsed.rows().size(), parsed.rejected().toString());
        assertEquals(
                List.of(new RejectedRow(
                        3, column.equals("出厂编码") ? "S".repeat(65) : "LONG", "handover.tooLong", List.of(column))),
                parsed.rejected());
    }

    @Test
    void theLaterOccurrencesOfASerialInOneFileAreRejectedAndTheFirstIsKept() {
        ParsedHandover parsed = parse(csv(List.of(row(), row("出厂编码=SN2"), row("客户名称=别人"), row("出厂编码= SN1 "))));
        assertEquals(List.of(expected(2, "SN1"), expected(3, "SN2")), parsed.rows());
        assertEquals(
                List.of(
                        new RejectedRow(4, "SN1", "handover.duplicateInFile", List.of("SN1")),
                        new RejectedRow(5, "SN1", "handover.duplicateInFile", List.of("SN1"))),
                parsed.rejected());
    }

    @Test
    void aSerialWhoseFirstRowWasRejectedIsTakenFromItsNextGoodRow() {
        ParsedHandover parsed = parse(csv(List.of(row("出厂日期=坏"), row())));
        assertEquals(List.of(expected(3, "SN1")), parsed.rows());
        assertEquals("handover.badDate", parsed.rejected().get(0).reasonKey());
    }

    @Test
    void aRowShorterThanTheHeaderMissesItsLastColumns() {
        ParsedHandover parsed = parse(HEADER + "张三,家庭,张三,13800000000,,北京,朝阳区1号,KFR-35GW,SN1\n");
        assertEquals(List.of(new RejectedRow(2, "SN1", "handover.missing", List.of("出厂日期"))), parsed.rejected());
    }

    @Test
    void aMissingRequiredColumnFailsTheWholeFileNamingEveryMissingColumn() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> parse("客户名称,客户类型,电话,地区,地址,出厂编码\n张三,家庭,138,北京,某地,SN1\n"));
        assertTrue(e.getMessage().contains("型号"), e.getMessage());
        assertTrue(e.getMessage().contains("出厂日期"), e.getMessage());
        assertFalse(e.getMessage().contains("客户名称"), e.getMessage());
    }

    @Test
    void aFileWithoutDataRowsHasNoRowsButAnEmptyFileIsAnError() {
        ParsedHandover headerOnly = parse(HEADER);
        assertEquals(List.of(), headerOnly.rows());
        assertEquals(List.of(), headerOnly.rejected());
        assertThrows(IllegalArgumentException.class, () -> parse(""));
        assertThrows(IllegalArgumentException.class, () -> parse("\n , \n"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"day.txt", "day.xls", "day", "csv", "day.csv.zip"})
    void anUnsupportedFileTypeIsRefused(String name) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> parser.parse(name, utf8(HEADER)));
        assertTrue(e.getMessage().startsWith("unsupported file type"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parser.parse(null, utf8(HEADER)));
    }

    @Test
    void anUnclosedQuoteFailsTheFile() {
        assertThrows(IllegalArgumentException.class, () -> parse(HEADER + "\"张三,家庭\n"));
    }

    @Test
    void atMostMaxRowsDataRowsAreRead() {
        StringBuilder text = new StringBuilder("name,type,phone,region,address,model,serialNumber,factoryDate\n");
        for (int i = 0; i < HandoverParser.MAX_ROWS; i++) {
            text.append("客户")
                    .append(i)
                    .append(",家庭,138")
                    .append(i)
                    .append(",北京,某地,M,SN")
                    .append(i)
                    .append(",2026-10-01\n");
        }
        assertEquals(HandoverParser.MAX_ROWS, parse(text.toString()).rows().size());
        text.append("\n\n");
        assertEquals(HandoverParser.MAX_ROWS, parse(text.toString()).rows().size(), "empty rows do not count");
        text.append("one,家庭,1,北京,某地,M,SN-more,2026-10-01\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text.toString()));
        assertTrue(e.getMessage().contains("20000"), e.getMessage());
    }
}
