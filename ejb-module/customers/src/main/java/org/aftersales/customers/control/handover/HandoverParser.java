package org.aftersales.customers.control.handover;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * C2: reads the sales hand-over file (客户档案信息表), CSV or XLSX. Columns are found by their
 * header (Chinese or English, any order); a missing required column fails the whole file, a bad
 * row becomes a {@link RejectedRow} with its line and reason, never an exception.
 */
public final class HandoverParser {

    public static final int MAX_ROWS = 20_000;

    /** Field → the header names that mean it. */
    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();
    static final Set<String> REQUIRED = Set.of("customerName", "customerType", "phone", "region", "address", "model",
            "serialNumber", "factoryDate");

    static {
        COLUMNS.put("customerName", List.of("客户名称", "name"));
        COLUMNS.put("customerType", List.of("客户类型", "type"));
        COLUMNS.put("contact", List.of("联系人", "contact"));
        COLUMNS.put("phone", List.of("电话", "手机", "phone"));
        COLUMNS.put("email", List.of("邮箱", "email"));
        COLUMNS.put("region", List.of("地区", "区域", "region"));
        COLUMNS.put("address", List.of("地址", "address"));
        COLUMNS.put("model", List.of("型号", "model"));
        COLUMNS.put("serialNumber", List.of("出厂编码", "序列号", "serialnumber"));
        COLUMNS.put("colour", List.of("颜色", "colour", "color"));
        COLUMNS.put("factoryDate", List.of("出厂日期", "factorydate"));
        COLUMNS.put("purchaseDate", List.of("购买日期", "purchasedate"));
        COLUMNS.put("proofOfPurchase", List.of("购买凭证", "proofofpurchase"));
        COLUMNS.put("use", List.of("用途", "use"));
        COLUMNS.put("dealer", List.of("经销商", "dealer"));
        COLUMNS.put("deliveryNote", List.of("出库单号", "deliverynote"));
    }

    private static final Map<String, Integer> LIMITS = Map.of("customerName", 200, "address", 200, "phone", 40,
            "serialNumber", 64, "model", 64, "contact", 100, "region", 100, "email", 200, "dealer", 200, "deliveryNote", 64);
    private static final Map<String, String> CUSTOMER_TYPES = Map.ofEntries(Map.entry("家庭", "HOUSEHOLD"),
            Map.entry("家用", "HOUSEHOLD"), Map.entry("商用", "COMMERCIAL"), Map.entry("工业", "INDUSTRIAL"),
            Map.entry("经销商", "DEALER"), Map.entry("工程", "PROJECT"), Map.entry("项目", "PROJECT"));
    private static final Map<String, String> PROOFS = Map.of("发票", "INVOICE", "保修卡", "WARRANTY_CARD", "其他", "OTHER",
            "无", "NONE");
    private static final Map<String, String> USES = Map.of("家用", "HOUSEHOLD", "家庭", "HOUSEHOLD", "商用", "COMMERCIAL",
            "工业", "INDUSTRIAL");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyy-M-d");

    /** One row's cells as text (dates from spreadsheets already as yyyy-MM-dd). */
    record RawRow(int line, List<String> cells) {
    }

    public ParsedHandover parse(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<RawRow> raw;
        if (name.endsWith(".csv")) {
            raw = CsvReader.read(CsvReader.decode(content)).stream().map(r -> new RawRow(r.line(), r.fields())).toList();
        } else if (name.endsWith(".xlsx")) {
            raw = xlsx(content);
        } else {
            throw new IllegalArgumentException("unsupported file type: " + fileName);
        }
        return rows(raw);
    }

    private ParsedHandover rows(List<RawRow> raw) {
        int headerAt = 0;
        while (headerAt < raw.size() && blank(raw.get(headerAt).cells())) {
            headerAt++;
        }
        if (headerAt == raw.size()) {
            throw new IllegalArgumentException("the file is empty");
        }
        Map<String, Integer> index = header(raw.get(headerAt).cells());
        List<RawRow> data = raw.subList(headerAt + 1, raw.size()).stream().filter(r -> !blank(r.cells())).toList();
        if (data.size() > MAX_ROWS) {
            throw new IllegalArgumentException("more than " + MAX_ROWS + " rows");
        }
        List<HandoverRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Set<String> serials = new HashSet<>();
        for (RawRow r : data) {
            Map<String, String> v = new HashMap<>();
            index.forEach((field, column) -> {
                String cell = column < r.cells().size() ? r.cells().get(column) : null;
                v.put(field, cell == null || cell.isBlank() ? null : cell.strip());
            });
            String serial = v.get("serialNumber");
            RejectedRow problem = check(r.line(), v);
            if (problem == null && !serials.add(serial)) {
                problem = new RejectedRow(r.line(), serial, "handover.duplicateInFile", List.of(serial));
            }
            if (problem != null) {
                rejected.add(problem);
                continue;
            }
            String type = CUSTOMER_TYPES.getOrDefault(v.get("customerType"), v.get("customerType").toUpperCase(Locale.ROOT));
            String use = v.get("use") == null ? ("HOUSEHOLD".equals(type) ? "HOUSEHOLD" : "COMMERCIAL")
                    : USES.getOrDefault(v.get("use"), v.get("use").toUpperCase(Locale.ROOT));
            String proof = v.get("proofOfPurchase") == null ? "NONE"
                    : PROOFS.getOrDefault(v.get("proofOfPurchase"), v.get("proofOfPurchase").toUpperCase(Locale.ROOT));
            rows.add(new HandoverRow(r.line(), v.get("customerName"), type, v.get("contact"), v.get("phone"), v.get("email"),
                    v.get("region"), v.get("address"), v.get("model"), serial, v.get("colour"), date(v.get("factoryDate")),
                    date(v.get("purchaseDate")), proof, use, v.get("dealer"), v.get("deliveryNote")));
        }
        return new ParsedHandover(rows, rejected);
    }

    private static RejectedRow check(int line, Map<String, String> v) {
        String serial = v.get("serialNumber");
        for (String field : COLUMNS.keySet()) {
            if (REQUIRED.contains(field) && v.get(field) == null) {
                return new RejectedRow(line, serial, "handover.missing", List.of(label(field)));
            }
            Integer limit = LIMITS.get(field);
            if (limit != null && v.get(field) != null && v.get(field).length() > limit) {
                return new RejectedRow(line, serial, "handover.tooLong", List.of(label(field)));
            }
        }
        String type = v.get("customerType");
        if (!CUSTOMER_TYPES.containsKey(type)
                && !Set.of("HOUSEHOLD", "COMMERCIAL", "INDUSTRIAL", "DEALER", "PROJECT").contains(type.toUpperCase(Locale.ROOT))) {
            return new RejectedRow(line, serial, "handover.badValue", List.of(label("customerType"), type));
        }
        String use = v.get("use");
        if (use != null && !USES.containsKey(use) && !Set.of("HOUSEHOLD", "COMMERCIAL", "INDUSTRIAL").contains(use.toUpperCase(Locale.ROOT))) {
            return new RejectedRow(line, serial, "handover.badValue", List.of(label("use"), use));
        }
        String proof = v.get("proofOfPurchase");
        if (proof != null && !PROOFS.containsKey(proof)
                && !Set.of("INVOICE", "WARRANTY_CARD", "OTHER", "NONE").contains(proof.toUpperCase(Locale.ROOT))) {
            return new RejectedRow(line, serial, "handover.badValue", List.of(label("proofOfPurchase"), proof));
        }
        for (String field : List.of("factoryDate", "purchaseDate")) {
            if (v.get(field) != null && date(v.get(field)) == null) {
                return new RejectedRow(line, serial, "handover.badDate", List.of(label(field), v.get(field)));
            }
        }
        LocalDate purchase = date(v.get("purchaseDate"));
        if (purchase != null && purchase.isBefore(date(v.get("factoryDate")))) {
            return new RejectedRow(line, serial, "handover.purchaseBeforeFactory", List.of());
        }
        return null;
    }

    /** The first (Chinese) header name of a field, for messages. */
    static String label(String field) {
        return COLUMNS.get(field).get(0);
    }

    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i) == null ? "" : cells.get(i).strip().toLowerCase(Locale.ROOT).replace(" ", "");
            if (name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            for (Map.Entry<String, List<String>> column : COLUMNS.entrySet()) {
                if (column.getValue().contains(name) && !index.containsKey(column.getKey())) {
                    index.put(column.getKey(), i);
                }
            }
        }
        List<String> missing = REQUIRED.stream().filter(f -> !index.containsKey(f)).map(HandoverParser::label).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing columns: " + String.join(", ", missing));
        }
        return index;
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : List.of(DASHED, SLASHED)) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static List<RawRow> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<RawRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (rows.size() > MAX_ROWS + 10) {
                    throw new IllegalArgumentException("more than " + MAX_ROWS + " rows");
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add(null);
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
                rows.add(new RawRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IllegalArgumentException("not a readable XLSX file", e);
        }
    }
}
