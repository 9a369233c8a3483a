package org.aftersales.customers.control.handover;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test fixtures: a good hand-over row, rows changed column by column, and files built from them. */
final class HandoverFiles {

    static final List<String> HEADERS = List.of(
            "客户名称", "客户类型", "联系人", "电话", "邮箱", "地区", "地址", "型号", "出厂编码", "颜色", "出厂日期", "购买日期", "购买凭证", "用途", "经销商",
            "出库单号");
    static final String HEADER = String.join(",", HEADERS) + "\n";

    private HandoverFiles() {}

    /** A good row; each "列名=值" override replaces one column. */
    static Map<String, String> row(String... overrides) {
        Map<String, String> row = new LinkedHashMap<>();
        List<String> values = List.of(
                "张三",
                "家庭",
                "张三",
                "13800000000",
                "zs@example.com",
                "北京",
                "北京市朝阳区建国路1号",
                "KFR-35GW",
                "SN1",
                "白",
                "2026-10-01",
                "2026-11-20",
                "发票",
                "家用",
                "某某电器",
                "CK-26-11-001");
        for (int i = 0; i < HEADERS.size(); i++) {
            row.put(HEADERS.get(i), values.get(i));
        }
        for (String override : overrides) {
            String[] pair = override.split("=", 2);
            if (!row.containsKey(pair[0])) {
                throw new IllegalArgumentException("no column " + pair[0]);
            }
            row.put(pair[0], pair[1]);
        }
        return row;
    }

    /** What {@link #row} means, parsed: on the given line. */
    static HandoverRow expected(int line, String serial) {
        return new HandoverRow(
                line,
                "张三",
                "HOUSEHOLD",
                "张三",
                "13800000000",
                "zs@example.com",
                "北京",
                "北京市朝阳区建国路1号",
                "KFR-35GW",
                serial,
                "白",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 20),
                "INVOICE",
                "HOUSEHOLD",
                "某某电器",
                "CK-26-11-001");
    }

    /** One CSV line, quoting a value when it needs it. */
    static String csvLine(Map<String, String> row) {
        List<String> cells = new ArrayList<>();
        for (String value : row.values()) {
            boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n");
            cells.add(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        return String.join(",", cells) + "\n";
    }

    static String csv(List<Map<String, String>> rows) {
        StringBuilder text = new StringBuilder(HEADER);
        rows.forEach(r -> text.append(csvLine(r)));
        return text.toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An XLSX file whose first sheet the test fills in. */
    static byte[] xlsx(Consumer<Workbook> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
