package org.aftersales.customers.control.handover;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C2: reads the sales hand-over file (客户档案信息表), CSV or XLSX; one row is one delivered product
 * to one customer. Columns are found by their header (Chinese or English, any order, extra columns
 * ignored). A missing required column, an unreadable file or more than {@link #MAX_ROWS} rows fail
 * the whole file (IllegalArgumentException); a bad row becomes a {@link RejectedRow} with its line
 * and reason, never an exception. Pure Java plus Apache POI, no EE APIs.
 */
public final class HandoverParser {

    public static final int MAX_ROWS = 20_000;

    /** Field → the header names that mean it (compared without case, spaces, "_", "-" and "*"). */
    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static final Set<String> REQUIRED = Set.of(
            "customerName", "customerType", "phone", "region", "address", "model", "serialNumber", "factoryDate");

    static {
        COLUMNS.put("customerName", List.of("客户名称", "name", "customername"));
        COLUMNS.put("customerType", List.of("客户类型", "type", "customertype"));
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

    /** Longest text per field: the brief's limits, the rest as the archive's columns hold them. */
    static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("customerName", 200),
            Map.entry("address", 200),
            Map.entry("phone", 40),
            Map.entry("serialNumber", 64),
            Map.entry("model", 64),
            Map.entry("contact", 100),
            Map.entry("region", 100),
            Map.entry("email", 200),
            Map.entry("colour", 40),
            Map.entry("dealer", 200),
            Map.entry("deliveryNote", 64));

    private static final Map<String, String> CUSTOMER_TYPES = Map.of(
            "家庭",
            "HOUSEHOLD",
            "家用",
            "HOUSEHOLD",
            "商用",
            "COMMERCIAL",
            "工业",
            "INDUSTRIAL",
            "经销商",
            "DEALER",
            "工程",
            "PROJECT",
            "项目",
            "PROJECT");
    private static final Map<String, String> PROOFS =
            Map.of("发票", "INVOICE", "保修卡", "WARRANTY_CARD", "其他", "OTHER", "无", "NONE");
    private static final Map<String, String> USES =
            Map.of("家用", "HOUSEHOLD", "家庭", "HOUSEHOLD", "商用", "COMMERCIAL", "工业", "INDUSTRIAL");
    private static final Set<String> TYPE_CODES = Set.of("HOUSEHOLD", "COMMERCIAL", "INDUSTRIAL", "DEALER", "PROJECT");
    private static final Set<String> PROOF_CODES = Set.of("INVOICE", "WARRANTY_CARD", "OTHER", "NONE");
    private static final Set<String> USE_CODES = Set.of("HOUSEHOLD", "COMMERCIAL", "INDUSTRIAL");

    private static final List<DateTimeFormatter> DATES =
            List.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日").stream()
                    .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
                    .toList();
    /** "2026/10/1 0:00" as Excel writes a date-time cell into CSV: the date part counts. */
    private static final Pattern WITH_TIME = Pattern.compile("(\\S+)\\s+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    /** 1.38E+10: a number Excel shortened before saving the CSV; its digits are lost. */
    private static final Pattern EXPONENT = Pattern.compile("\\d(\\.\\d+)?E\\+\\d{1,3}");
    /** How many non-empty rows before the header may be a title (客户档案信息表, a date, …). */
    private static final int TITLE_ROWS = 5;

    public ParsedHandover parse(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        byte[] bytes = content == null ? new byte[0] : content;
        List<RawRow> raw;
        if (name.endsWith(".csv")) {
            raw = CsvReader.read(CsvReader.decode(bytes)).stream()
                    .filter(r -> !r.blank())
                    .toList();
        } else if (name.endsWith(".xlsx")) {
            raw = XlsxReader.read(bytes, MAX_ROWS + TITLE_ROWS + 1);
        } else {
            throw new UnreadableFile("unsupported file type: " + fileName, "handover.fileType");
        }
        if (raw.isEmpty()) {
            throw new UnreadableFile("the file is empty", "handover.emptyFile");
        }
        int headerAt = headerRow(raw);
        Map<String, Integer> index = header(raw.get(headerAt).cells());
        List<RawRow> data = raw.subList(headerAt + 1, raw.size());
        if (data.size() > MAX_ROWS) {
            throw new UnreadableFile("more than " + MAX_ROWS + " rows", "handover.tooManyRows", MAX_ROWS);
        }
        return rows(index, data);
    }

    private static ParsedHandover rows(Map<String, Integer> index, List<RawRow> data) {
        List<HandoverRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Set<String> serials = new HashSet<>();
        for (RawRow r : data) {
            Map<String, String> v = new HashMap<>();
            index.forEach((field, column) ->
                    v.put(field, column < r.cells().size() ? clean(r.cells().get(column)) : null));
            String serial = v.get("serialNumber");
            RejectedRow problem = check(r.line(), v);
            if (problem == null && !serials.add(serial)) {
                problem = new RejectedRow(r.line(), serial, "handover.duplicateInFile", List.of(serial));
            }
            if (problem != null) {
                rejected.add(problem);
                continue;
            }
            String type = code(v.get("customerType"), CUSTOMER_TYPES);
            String use = v.get("use") == null
                    ? ("HOUSEHOLD".equals(type) ? "HOUSEHOLD" : "COMMERCIAL")
                    : code(v.get("use"), USES);
            String proof = v.get("proofOfPurchase") == null ? "NONE" : code(v.get("proofOfPurchase"), PROOFS);
            rows.add(new HandoverRow(
                    r.line(),
                    v.get("customerName"),
                    type,
                    v.get("contact"),
                    v.get("phone"),
                    v.get("email"),
                    v.get("region"),
                    v.get("address"),
                    v.get("model"),
                    serial,
                    v.get("colour"),
                    date(v.get("factoryDate")),
                    date(v.get("purchaseDate")),
                    proof,
                    use,
                    v.get("dealer"),
                    v.get("deliveryNote")));
        }
        return new ParsedHandover(rows, rejected);
    }

    /** The first reason the row cannot be imported, or null. */
    private static RejectedRow check(int line, Map<String, String> v) {
        String serial = v.get("serialNumber");
        for (String field : COLUMNS.keySet()) {
            String value = v.get(field);
            if (value == null) {
                if (REQUIRED.contains(field)) {
                    return new RejectedRow(line, serial, "handover.missing", List.of(label(field)));
                }
                continue;
            }
            int limit = LIMITS.getOrDefault(field, Integer.MAX_VALUE);
            if (value.codePointCount(0, value.length()) > limit) {
                return new RejectedRow(line, serial, "handover.tooLong", List.of(label(field)));
            }
        }
        for (String field : List.of("phone", "serialNumber")) {
            if (EXPONENT.matcher(v.get(field)).matches()) {
                return new RejectedRow(line, serial, "handover.badValue", List.of(label(field), v.get(field)));
            }
        }
        RejectedRow bad = badCode(line, serial, v, "customerType", CUSTOMER_TYPES, TYPE_CODES);
        bad = bad != null ? bad : badCode(line, serial, v, "proofOfPurchase", PROOFS, PROOF_CODES);
        bad = bad != null ? bad : badCode(line, serial, v, "use", USES, USE_CODES);
        if (bad != null) {
            return bad;
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

    private static RejectedRow badCode(
            int line,
            String serial,
            Map<String, String> v,
            String field,
            Map<String, String> chinese,
            Set<String> codes) {
        String value = v.get(field);
        if (value == null || chinese.containsKey(value) || codes.contains(value.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return new RejectedRow(line, serial, "handover.badValue", List.of(label(field), value));
    }

    private static String code(String value, Map<String, String> chinese) {
        return chinese.getOrDefault(value, value.toUpperCase(Locale.ROOT));
    }

    /** The first (Chinese) header name of a field, for messages. */
    static String label(String field) {
        return COLUMNS.get(field).get(0);
    }

    /** The English header name of a field. */
    static String english(String field) {
        return switch (field) {
            case "customerName" -> "name";
            case "customerType" -> "type";
            default -> field;
        };
    }

    /**
     * The header is the first non-empty row; if that row names no column at all (a title such as
     * "客户档案信息表 2026-11-26" above the table), the first of the next few rows that does.
     */
    private static int headerRow(List<RawRow> raw) {
        for (int i = 0; i < Math.min(raw.size(), TITLE_ROWS + 1); i++) {
            if (raw.get(i).cells().stream().anyMatch(c -> field(c) != null)) {
                return i;
            }
        }
        return 0;
    }

    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String field = field(cells.get(i));
            if (field != null) {
                index.putIfAbsent(field, i);
            }
        }
        List<String> missing = COLUMNS.keySet().stream()
                .filter(f -> REQUIRED.contains(f) && !index.containsKey(f))
                .map(f -> label(f) + " (" + english(f) + ")")
                .toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFile(
                    "missing columns: " + String.join(", ", missing),
                    "handover.missingColumns",
                    String.join("、", missing));
        }
        return index;
    }

    /** The field a header cell names, or null. */
    private static String field(String headerCell) {
        String cell = clean(headerCell);
        if (cell == null) {
            return null;
        }
        String name = cell.replace("\uFEFF", "")
                .replace("（必填）", "")
                .replace("(必填)", "")
                .replaceAll("[\\s_*＊-]", "")
                .toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> column : COLUMNS.entrySet()) {
            if (column.getValue().contains(name)) {
                return column.getKey();
            }
        }
        return null;
    }

    /** Surrounding spaces (also no-break and ideographic spaces) trimmed; blank → null. */
    static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        String value = cell.replace('\u00A0', ' ').strip();
        return value.isEmpty() ? null : value;
    }

    /** yyyy-M-d, yyyy/M/d, yyyy.M.d or yyyy年M月d日, a time of day after it ignored; else null. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        Matcher withTime = WITH_TIME.matcher(value);
        if (withTime.matches()) {
            value = withTime.group(1);
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                return date.getYear() >= 1900 && date.getYear() <= 2999 ? date : null;
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
