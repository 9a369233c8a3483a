package org.aftersales.customers.control.handover;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * C2: an empty hand-over file (客户档案信息表) with the Chinese headers, for the sales office to fill
 * in; the screen offers it for download. Both parse back with {@link HandoverParser}.
 */
public final class HandoverTemplate {

    static final List<String> HEADERS = List.of(
            "客户名称", "客户类型", "联系人", "电话", "邮箱", "地区", "地址", "型号", "出厂编码", "颜色", "出厂日期", "购买日期", "购买凭证", "用途", "经销商",
            "出库单号");
    static final List<String> SAMPLE = List.of(
            "张三",
            "家庭",
            "张三",
            "13800000000",
            "",
            "北京",
            "北京市朝阳区建国路1号",
            "KFR-35GW",
            "SN2026000001",
            "白",
            "2026-10-01",
            "2026-11-20",
            "发票",
            "家用",
            "某某电器",
            "CK-26-11-001");
    /** Columns typed as text, so Excel keeps long digit strings (phones, serials) whole. */
    private static final List<String> TEXT = List.of("电话", "出厂编码", "出库单号");

    private static final List<String> DATE = List.of("出厂日期", "购买日期");
    /** Columns with a drop-down of the values the parser accepts. */
    private static final Map<String, String[]> CHOICES = Map.of(
            "客户类型", new String[] {"家庭", "商用", "工业", "经销商", "工程"},
            "购买凭证", new String[] {"发票", "保修卡", "其他", "无"},
            "用途", new String[] {"家用", "商用", "工业"});

    private static final int ROWS = HandoverParser.MAX_ROWS;

    private HandoverTemplate() {}

    /** UTF-8 with BOM (so Excel opens it as UTF-8), CR LF, the headers and one sample row. */
    public static byte[] csv() {
        String text = "\uFEFF" + String.join(",", HEADERS) + "\r\n" + String.join(",", SAMPLE) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The headers only (bold, frozen), text/date formats per column and drop-downs for the coded columns. */
    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("客户档案信息表");
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            DataValidationHelper validation = sheet.getDataValidationHelper();
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                String name = HEADERS.get(i);
                header.createCell(i).setCellValue(name);
                header.getCell(i).setCellStyle(headerStyle);
                sheet.setColumnWidth(i, (name.equals("地址") ? 30 : 14) * 256);
                if (TEXT.contains(name)) {
                    sheet.setDefaultColumnStyle(i, text);
                } else if (DATE.contains(name)) {
                    sheet.setDefaultColumnStyle(i, date);
                }
                if (CHOICES.containsKey(name)) {
                    var rule = validation.createValidation(
                            validation.createExplicitListConstraint(CHOICES.get(name)),
                            new CellRangeAddressList(1, ROWS, i, i));
                    rule.setShowErrorBox(true);
                    sheet.addValidationData(rule);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
