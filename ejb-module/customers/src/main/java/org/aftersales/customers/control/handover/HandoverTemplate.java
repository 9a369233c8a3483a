package org.aftersales.customers.control.handover;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** C2: an empty hand-over file with the Chinese headers, for the sales office to fill in. */
public final class HandoverTemplate {

    static final List<String> HEADERS = List.of("客户名称", "客户类型", "联系人", "电话", "邮箱", "地区", "地址", "型号", "出厂编码",
            "颜色", "出厂日期", "购买日期", "购买凭证", "用途", "经销商", "出库单号");
    static final List<String> SAMPLE = List.of("张三", "家庭", "张三", "13800000000", "", "北京", "北京市朝阳区建国路1号",
            "KFR-35GW", "SN2026000001", "白", "2026-10-01", "2026-11-20", "发票", "家用", "某某电器", "CK-26-11-001");

    private HandoverTemplate() {
    }

    /** UTF-8 with BOM (so Excel opens it as UTF-8), the headers and one sample row. */
    public static byte[] csv() {
        String text = "\uFEFF" + String.join(",", HEADERS) + "\r\n" + String.join(",", SAMPLE) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("客户档案信息表");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                sheet.setColumnWidth(i, 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
