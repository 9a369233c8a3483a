import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts benchmark (issue 5): generate | report | issues. See config/bench/parts for what each does.
 * Run with {@code java --source 17 -cp postgresql.jar config/bench/PartsBench.java MODE …}.
 */
public class PartsBench {

    static final int POINTS = 20;
    static final int PARTS = 5_000;
    static final int LINES_PER_PAIR = 10; // 20 × 5 000 × 10 = 1 000 000 ledger lines
    static final String BY = "pb-bench";

    final String url;
    String authHeader;
    final String jdbcUrl;
    final String jdbcUser;
    final String jdbcPassword;
    final Map<String, String> opts;
    final ZoneId zone;

    PartsBench(Map<String, String> opts) {
        this.opts = opts;
        url = opts.getOrDefault("url", "http://localhost:8080/aftersales").replaceAll("/+$", "");
        String user = opts.getOrDefault("user", "admin");
        authHeader = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + System.getenv("AFTERSALES_PASSWORD")).getBytes(StandardCharsets.UTF_8));
        jdbcUrl = opts.get("jdbc-url");
        jdbcUser = opts.get("jdbc-user");
        jdbcPassword = System.getenv("BENCH_JDBC_PASSWORD");
        zone = ZoneId.of(opts.getOrDefault("zone", "Asia/Shanghai"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("mode: generate | report | issues");
        }
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        PartsBench b = new PartsBench(opts);
        boolean ok = switch (args[0]) {
            case "generate" -> b.generate();
            case "report" -> b.report();
            case "issues" -> b.issues();
            case "stocktake" -> b.stocktake();
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
        System.exit(ok ? 0 : 1);
    }

    static String point(int i) {
        return String.format("PB%02d", i + 1);
    }

    static String part(int i) {
        return String.format("PB-P%05d", i + 1);
    }

    static BigDecimal price(int i) {
        return BigDecimal.valueOf(500 + (i * 7919L) % 49_500, 2); // 5.00 … 499.99
    }

    /** The last full month before now: the report month with eleven months of history before it. */
    YearMonth reportMonth() {
        return opts.containsKey("month") ? YearMonth.parse(opts.get("month")) : YearMonth.now(zone).minusMonths(1);
    }

    Connection jdbc() throws Exception {
        if (jdbcUrl == null) {
            throw new IllegalStateException("--jdbc-url is required");
        }
        return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }

    // ---------------------------------------------------------------- HTTP

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpResponse<String> send(HttpClient http, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(300))
                .header("Authorization", authHeader).header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json; charset=UTF-8")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- generate

    boolean generate() throws Exception {
        HttpClient http = client();
        long t0 = System.nanoTime();
        try (Connection c = jdbc()) {
            Set<String> points = strings(c, "SELECT code FROM service_point WHERE code LIKE 'PB%'");
            int made = 0;
            for (int i = 0; i < POINTS; i++) {
                if (!points.contains(point(i))) {
                    HttpResponse<String> r = send(http, "POST", "/api/v1/service-points", String.format(
                            "{\"code\":\"%s\",\"name\":\"Bench service point %d\",\"keepers\":[]}", point(i), i + 1));
                    expect(r, 201, "POST /service-points " + point(i));
                    made++;
                }
            }
            System.out.printf("==> service points: %d created through the API, %d present%n", made, POINTS - made);
            Set<String> parts = strings(c, "SELECT part_number FROM spare_part WHERE part_number LIKE 'PB-P%'");
            AtomicInteger created = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int slice = t;
                futures.add(pool.submit(() -> {
                    HttpClient h = client();
                    for (int i = slice; i < PARTS; i += 8) {
                        if (!parts.contains(part(i))) {
                            HttpResponse<String> r = send(h, "POST", "/api/v1/parts", String.format(
                                    "{\"partNumber\":\"%s\",\"name\":\"Bench part %d\",\"unit\":\"PC\",\"price\":\"%s\","
                                            + "\"fittingModels\":[\"BM-%d\"],\"supplier\":\"Bench supplier\"}",
                                    part(i), i + 1, price(i).toPlainString(), i % 50));
                            expect(r, 201, "POST /parts " + part(i));
                            created.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            System.out.printf("==> parts: %d created through the API, %d present (%.1f s)%n", created.get(),
                    PARTS - created.get(), (System.nanoTime() - t0) / 1e9);
            long present = count(c, "SELECT COUNT(*) FROM stock_movement WHERE service_point LIKE 'PB%'");
            if (present > 0) {
                System.out.printf("==> ledger: %d lines of PB01…PB20 present, not generated again%n", present);
            } else {
                ledger(c);
            }
            return verify(c);
        }
    }

    /**
     * Per service point and part ten ledger lines on ten distinct days of the twelve months ending
     * with the report month: the first a receipt, then receipts (at 09:00) and issues (at 15:00)
     * computed like StockLevel/StockRules — the average after a receipt (four decimals, half up),
     * issues at the average, never more than on hand; one inbound and one outbound slip per
     * service point and day holds that day's lines; stock_level = the final on hand and average.
     */
    void ledger(Connection c) throws Exception {
        long t0 = System.nanoTime();
        YearMonth last = reportMonth();
        LocalDate first = last.minusMonths(11).atDay(1);
        int days = (int) (last.atEndOfMonth().toEpochDay() - first.toEpochDay() + 1);
        DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        DateTimeFormatter ymd = DateTimeFormatter.BASIC_ISO_DATE;
        c.setAutoCommit(false);
        org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        Random random = new Random(20261127L);
        long lines = 0;
        for (int p = 0; p < POINTS; p++) {
            String sp = point(p);
            // slip key: day * 2 + (0 inbound | 1 outbound) → its lines
            TreeMap<Integer, StringBuilder> slipLines = new TreeMap<>();
            TreeMap<Integer, Integer> slipLineNo = new TreeMap<>();
            StringBuilder movements = new StringBuilder(8 << 20);
            StringBuilder levels = new StringBuilder();
            for (int i = 0; i < PARTS; i++) {
                String pn = part(i);
                int[] chosen = random.ints(0, days).distinct().limit(LINES_PER_PAIR).sorted().toArray();
                int onHand = 0;
                BigDecimal avg = BigDecimal.ZERO.setScale(4);
                for (int k = 0; k < chosen.length; k++) {
                    LocalDate day = first.plusDays(chosen[k]);
                    boolean receipt = k == 0 || onHand < 3 || random.nextInt(100) < 40;
                    int qty;
                    BigDecimal unit;
                    BigDecimal value;
                    if (receipt) {
                        qty = 10 + random.nextInt(41);
                        unit = price(i).multiply(BigDecimal.valueOf(80 + random.nextInt(41))).movePointLeft(2)
                                .setScale(2, RoundingMode.HALF_UP);
                        BigDecimal total = avg.multiply(BigDecimal.valueOf(onHand)).add(unit.multiply(BigDecimal.valueOf(qty)));
                        avg = total.divide(BigDecimal.valueOf((long) onHand + qty), 4, RoundingMode.HALF_UP);
                        onHand += qty;
                    } else {
                        qty = 1 + random.nextInt(Math.min(onHand, 10));
                        unit = avg;
                        onHand -= qty;
                    }
                    value = unit.multiply(BigDecimal.valueOf(qty)).setScale(2, RoundingMode.HALF_UP);
                    LocalDateTime local = day.atTime(receipt ? 9 : 15, 0);
                    LocalDateTime stored = LocalDateTime.ofInstant(local.atZone(zone).toInstant(), ZoneId.systemDefault());
                    String slip = "PB" + (receipt ? "R" : "I") + "-" + sp + "-" + day.format(ymd);
                    movements.append(sp).append('\t').append(pn).append('\t').append(receipt ? "RECEIPT" : "ISSUE")
                            .append('\t').append(qty).append('\t').append(unit.setScale(4).toPlainString()).append('\t')
                            .append(value.toPlainString()).append('\t').append(onHand).append('\t').append(slip)
                            .append('\t').append(stored.format(ts)).append('\t').append(BY).append('\n');
                    int key = chosen[k] * 2 + (receipt ? 0 : 1);
                    int no = slipLineNo.merge(key, 1, Integer::sum);
                    slipLines.computeIfAbsent(key, x -> new StringBuilder()).append('\t').append(no).append('\t')
                            .append(pn).append('\t').append(qty).append('\t').append(receipt ? String.valueOf(qty) : "\\N")
                            .append("\t\\N\t\\N\t").append(unit.setScale(4).toPlainString()).append('\t')
                            .append(value.toPlainString()).append('\n');
                    lines++;
                }
                levels.append(sp).append('\t').append(pn).append('\t').append(onHand).append('\t')
                        .append(avg.toPlainString()).append("\t\\N\t\\N\t0\n");
            }
            // the slips first (their ids), then their lines, the ledger and the levels
            StringBuilder slips = new StringBuilder();
            for (int key : slipLines.keySet()) {
                LocalDate day = first.plusDays(key / 2);
                boolean receipt = key % 2 == 0;
                LocalDateTime stored = LocalDateTime.ofInstant(day.atTime(receipt ? 9 : 15, 0).atZone(zone).toInstant(),
                        ZoneId.systemDefault());
                slips.append("PB").append(receipt ? "R" : "I").append('-').append(sp).append('-').append(day.format(ymd))
                        .append('\t').append(receipt ? "INBOUND" : "OUTBOUND").append('\t').append(sp).append('\t')
                        .append(receipt ? "Bench supplier\t\\N" : "\\N\tBench technician").append('\t')
                        .append(stored.format(ts)).append('\t').append(BY).append('\n');
            }
            copy.copyIn("COPY stock_slip (slip_number, kind, service_point, supplier, recipient, issued_at, issued_by)"
                    + " FROM STDIN", new StringReader(slips.toString()));
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT slip_number, id FROM stock_slip WHERE service_point = ?"
                    + " AND slip_number LIKE 'PB%'")) {
                s.setString(1, sp);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            StringBuilder slipLineRows = new StringBuilder(8 << 20);
            for (Map.Entry<Integer, StringBuilder> e : slipLines.entrySet()) {
                LocalDate day = first.plusDays(e.getKey() / 2);
                long id = ids.get("PB" + (e.getKey() % 2 == 0 ? "R" : "I") + "-" + sp + "-" + day.format(ymd));
                for (String row : e.getValue().toString().split("\n")) {
                    slipLineRows.append(id).append(row).append('\n');
                }
            }
            copy.copyIn("COPY stock_slip_line (slip_id, line_no, part_number, quantity, invoiced_qty, received_qty,"
                    + " difference_qty, unit_price, amount) FROM STDIN", new StringReader(slipLineRows.toString()));
            copy.copyIn("COPY stock_movement (service_point, part_number, movement_type, quantity, unit_cost,"
                    + " movement_value, on_hand_after, slip_number, occurred_at, recorded_by) FROM STDIN",
                    new StringReader(movements.toString()));
            copy.copyIn("COPY stock_level (service_point, part_number, on_hand, average_cost, min_qty, max_qty, version)"
                    + " FROM STDIN", new StringReader(levels.toString()));
            System.out.printf("    %s: %d slips, %d ledger lines so far (%.1f s)%n", sp, slipLines.size(), lines,
                    (System.nanoTime() - t0) / 1e9);
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE stock_movement");
            s.execute("ANALYZE stock_level");
            s.execute("ANALYZE stock_slip");
            s.execute("ANALYZE stock_slip_line");
        }
        System.out.printf("==> ledger: %d lines from %s to %s loaded with COPY in one transaction (%.1f s)%n", lines,
                first, last.atEndOfMonth(), (System.nanoTime() - t0) / 1e9);
    }

    /** stock_level of PB01…PB20 = the ledger's sums; the last line's on_hand_after = on hand; nothing negative. */
    boolean verify(Connection c) throws Exception {
        long bad = count(c, "SELECT COUNT(*) FROM stock_level l LEFT JOIN (SELECT service_point, part_number,"
                + " SUM(CASE WHEN movement_type IN ('ISSUE', 'TRANSFER_OUT', 'SALE', 'ADJUSTMENT_LOSS') THEN -quantity ELSE quantity END) q"
                + " FROM stock_movement WHERE service_point LIKE 'PB%' GROUP BY service_point, part_number) m"
                + " ON m.service_point = l.service_point AND m.part_number = l.part_number"
                + " WHERE l.service_point LIKE 'PB%' AND (m.q IS NULL OR m.q <> l.on_hand OR l.on_hand < 0)");
        long negative = count(c, "SELECT COUNT(*) FROM stock_movement WHERE service_point LIKE 'PB%' AND on_hand_after < 0");
        long total = count(c, "SELECT COUNT(*) FROM stock_movement WHERE service_point LIKE 'PB%'");
        long levels = count(c, "SELECT COUNT(*) FROM stock_level WHERE service_point LIKE 'PB%'");
        System.out.printf("==> check: %d ledger lines, %d stock levels; levels ≠ ledger sums: %d, negative on hand: %d → %s%n",
                total, levels, bad, negative, bad == 0 && negative == 0 ? "OK" : "FAILED");
        return bad == 0 && negative == 0;
    }

    // ---------------------------------------------------------------- report

    static final Pattern ITEM = Pattern.compile("\\{[^{}]*\\}");
    static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+)").matcher(json);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    boolean report() throws Exception {
        HttpClient http = client();
        YearMonth month = reportMonth();
        String sp = opts.getOrDefault("service-point", "PB01");
        int reps = Integer.parseInt(opts.getOrDefault("repetitions", "5"));
        System.out.printf("==> GET /stock/report?month=%s (the whole report is computed per request; one page of 500 returned)%n", month);
        for (String which : new String[] {sp, null}) {
            String path = "/api/v1/stock/report?month=" + month + "&size=500"
                    + (which == null ? "" : "&servicePoint=" + URLEncoder.encode(which, StandardCharsets.UTF_8));
            expect(send(http, "GET", path, null), 200, "warm-up " + path);
            double[] ms = new double[reps];
            String total = null;
            for (int i = 0; i < reps; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = send(http, "GET", path, null);
                ms[i] = (System.nanoTime() - t) / 1e6;
                expect(r, 200, path);
                Matcher m = TOTAL.matcher(r.body());
                total = m.find() ? m.group(1) : "?";
            }
            Arrays.sort(ms);
            System.out.printf("    %-22s %6s lines  min %7.0f ms  median %7.0f ms  max %7.0f ms  (%d runs)%n",
                    which == null ? "all service points" : "service point " + which, total, ms[0], ms[reps / 2],
                    ms[reps - 1], reps);
        }
        return check(http, month, sp);
    }

    /** One service point's report, all pages, against a recomputation from the ledger in plain SQL. */
    boolean check(HttpClient http, YearMonth month, String sp) throws Exception {
        Map<String, String[]> api = new TreeMap<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> r = send(http, "GET", "/api/v1/stock/report?month=" + month + "&servicePoint=" + sp
                    + "&size=500&page=" + page, null);
            expect(r, 200, "report page " + page);
            Matcher m = ITEM.matcher(r.body());
            int n = 0;
            while (m.find()) {
                String o = m.group();
                if (o.contains("\"items\"")) { // the empty page after the last
                    continue;
                }
                if (field(o, "partNumber") == null) {
                    throw new IllegalStateException("unexpected report item: " + o);
                }
                api.put(field(o, "partNumber"), new String[] {field(o, "openingQty"), field(o, "openingValue"),
                        field(o, "receiptsQty"), field(o, "receiptsValue"), field(o, "issuesQty"), field(o, "issuesValue"),
                        field(o, "closingQty"), field(o, "closingValue")});
                n++;
            }
            if (n < 500) {
                break;
            }
        }
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        String in = "movement_type NOT IN ('ISSUE', 'TRANSFER_OUT', 'SALE', 'ADJUSTMENT_LOSS')";
        String sql = "SELECT part_number,"
                + " SUM(CASE WHEN occurred_at < ? THEN CASE WHEN " + in + " THEN quantity ELSE -quantity END ELSE 0 END),"
                + " SUM(CASE WHEN occurred_at < ? THEN CASE WHEN " + in + " THEN movement_value ELSE -movement_value END ELSE 0 END),"
                + " SUM(CASE WHEN occurred_at >= ? AND " + in + " THEN quantity ELSE 0 END),"
                + " SUM(CASE WHEN occurred_at >= ? AND " + in + " THEN movement_value ELSE 0 END),"
                + " SUM(CASE WHEN occurred_at >= ? AND NOT " + in + " THEN quantity ELSE 0 END),"
                + " SUM(CASE WHEN occurred_at >= ? AND NOT " + in + " THEN movement_value ELSE 0 END)"
                + " FROM stock_movement WHERE service_point = ? AND occurred_at < ? GROUP BY part_number";
        Map<String, BigDecimal[]> db = new TreeMap<>();
        try (Connection c = jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 1; i <= 6; i++) {
                s.setTimestamp(i, from);
            }
            s.setString(7, sp);
            s.setTimestamp(8, to);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BigDecimal[] v = new BigDecimal[8];
                    for (int i = 0; i < 6; i++) {
                        v[i] = rs.getBigDecimal(i + 2);
                    }
                    v[6] = v[0].add(v[2]).subtract(v[4]);
                    v[7] = v[1].add(v[3]).subtract(v[5]);
                    db.put(rs.getString(1), v);
                }
            }
        }
        String[] names = {"opening", "openingValue", "receipts", "receiptsValue", "issues", "issuesValue", "closing",
                "closingValue"};
        BigDecimal[] sums = new BigDecimal[8];
        Arrays.fill(sums, BigDecimal.ZERO);
        int differences = 0;
        Set<String> keys = new HashSet<>(api.keySet());
        keys.addAll(db.keySet());
        for (String pn : new java.util.TreeSet<>(keys)) {
            String[] a = api.get(pn);
            BigDecimal[] d = db.get(pn);
            if (a == null || d == null) {
                if (differences++ < 10) {
                    System.out.printf("    %s: %s%n", pn, a == null ? "missing in the report" : "not in the ledger");
                }
                continue;
            }
            for (int i = 0; i < 8; i++) {
                BigDecimal av = new BigDecimal(a[i].replace(",", ""));
                sums[i] = sums[i].add(d[i]);
                if (av.compareTo(d[i]) != 0 && differences++ < 10) {
                    System.out.printf("    %s %s: report %s, ledger %s%n", pn, names[i], av, d[i]);
                }
            }
        }
        System.out.printf("==> check of %s %s against the ledger (plain SQL): %d parts in the report, %d in the ledger;"
                + " totals opening %s (%s), receipts %s (%s), issues %s (%s), closing %s (%s) → %s%n", sp, month,
                api.size(), db.size(), sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7],
                differences == 0 ? "OK" : differences + " DIFFERENCES");
        return differences == 0;
    }

    // ---------------------------------------------------------------- stock-take

    /**
     * P6: a whole stock-take of one service point through the API — start (book quantities of
     * every part), all counts in PUTs of 500 (every 100th line one short, every 250th one over),
     * submit as the bench user, approve as a second manager — timed; then the levels and the
     * ledger are checked in SQL against the expected adjustments.
     */
    boolean stocktake() throws Exception {
        HttpClient http = client();
        String sp = opts.getOrDefault("service-point", "PB01");
        Map<String, Integer> before = new HashMap<>();
        try (Connection c = jdbc(); PreparedStatement q = c.prepareStatement(
                "SELECT part_number, on_hand FROM stock_level WHERE service_point = ?")) {
            q.setString(1, sp);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    before.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        long t0 = System.nanoTime();
        HttpResponse<String> started = send(http, "POST", "/api/v1/stock-takes",
                "{\"servicePoint\":\"" + sp + "\",\"note\":\"bench\"}");
        expect(started, 201, "POST /stock-takes");
        long startMs = (System.nanoTime() - t0) / 1_000_000;
        String id = field(started.body(), "id");
        System.out.printf("==> stock-take %s of %s: %s lines; start %d ms%n", field(started.body(), "number"), sp,
                field(started.body(), "lines"), startMs);
        List<String[]> lines = new ArrayList<>();
        try (Connection c = jdbc(); PreparedStatement q = c.prepareStatement("SELECT part_number, book_qty, version"
                + " FROM stock_take_line WHERE stock_take_id = ? ORDER BY line_no")) {
            q.setLong(1, Long.parseLong(id));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    lines.add(new String[] {rs.getString(1), String.valueOf(rs.getInt(2)), String.valueOf(rs.getLong(3))});
                }
            }
        }
        Map<String, Integer> expected = new HashMap<>(before);
        List<Long> batchMs = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += 500) {
            StringBuilder body = new StringBuilder("{\"counts\":[");
            for (int i = from; i < Math.min(lines.size(), from + 500); i++) {
                String[] l = lines.get(i);
                int book = Integer.parseInt(l[1]);
                int counted = i % 100 == 0 && book > 0 ? book - 1 : i % 250 == 1 ? book + 1 : book;
                expected.merge(l[0], counted - book, Integer::sum);
                body.append(i == from ? "" : ",").append("{\"partNumber\":\"").append(l[0]).append("\",\"counted\":")
                        .append(counted).append(",\"version\":").append(l[2]).append('}');
            }
            long b0 = System.nanoTime();
            expect(send(http, "PUT", "/api/v1/stock-takes/" + id + "/counts", body.append("]}").toString()), 200,
                    "PUT counts");
            batchMs.add((System.nanoTime() - b0) / 1_000_000);
        }
        Collections.sort(batchMs);
        System.out.printf("==> counts: %d PUTs of up to 500 lines, median %d ms, max %d ms%n", batchMs.size(),
                batchMs.get(batchMs.size() / 2), batchMs.get(batchMs.size() - 1));
        long s0 = System.nanoTime();
        expect(send(http, "POST", "/api/v1/stock-takes/" + id + "/submission", null), 200, "submission");
        long submitMs = (System.nanoTime() - s0) / 1_000_000;
        String manager = "bench-mgr-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        expect(send(http, "POST", "/api/v1/users", "{\"username\":\"" + manager + "\",\"displayName\":\"bench\","
                + "\"password\":\"" + password + "\",\"roles\":[\"MANAGER\"],\"region\":\"北京\"}"), 201, "manager");
        PartsBench approver = new PartsBench(opts);
        approver.authHeader = ("Basic " + Base64.getEncoder().encodeToString((manager + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
        long a0 = System.nanoTime();
        HttpResponse<String> approved = approver.send(http, "POST", "/api/v1/stock-takes/" + id + "/approval", null);
        expect(approved, 200, "approval");
        long approveMs = (System.nanoTime() - a0) / 1_000_000;
        System.out.printf("==> submit %d ms; approve (%s differences posted) %d ms%n", submitMs,
                field(approved.body(), "differences"), approveMs);
        int wrong = 0;
        try (Connection c = jdbc(); PreparedStatement q = c.prepareStatement("SELECT l.part_number, l.on_hand,"
                + " COALESCE((SELECT SUM(CASE WHEN m.movement_type IN ('ISSUE', 'TRANSFER_OUT', 'SALE', 'ADJUSTMENT_LOSS')"
                + " THEN -m.quantity ELSE m.quantity END) FROM stock_movement m WHERE m.service_point = l.service_point"
                + " AND m.part_number = l.part_number), 0) FROM stock_level l WHERE l.service_point = ?")) {
            q.setString(1, sp);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    int want = expected.getOrDefault(rs.getString(1), 0);
                    if (rs.getInt(2) != want || rs.getInt(3) != want) {
                        if (wrong++ < 10) {
                            System.out.printf("    %s: on hand %d, ledger %d, expected %d%n", rs.getString(1),
                                    rs.getInt(2), rs.getInt(3), want);
                        }
                    }
                }
            }
        }
        System.out.println(wrong == 0 ? "==> levels = ledger = book + adjustments for every part: OK"
                : "==> " + wrong + " parts differ");
        return wrong == 0;
    }

    // ---------------------------------------------------------------- issues

    boolean issues() throws Exception {
        int clients = Integer.parseInt(opts.getOrDefault("clients", "20"));
        int requests = Integer.parseInt(opts.getOrDefault("requests", "2000"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "200"));
        List<String[]> stocked = new ArrayList<>();
        try (Connection c = jdbc(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT service_point, part_number FROM stock_level"
                        + " WHERE service_point LIKE 'PB%' AND on_hand > 0")) {
            while (rs.next()) {
                stocked.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        System.out.printf("==> POST /stock/issues, one line of 1 unit of a random stocked part (%d pairs), %d clients,"
                + " %d warm-up + %d requests%n", stocked.size(), clients, warmup, requests);
        for (boolean measured : new boolean[] {false, true}) {
            int n = measured ? requests : warmup;
            AtomicInteger next = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            long[] latency = new long[n];
            List<String> bodies = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < clients; t++) {
                futures.add(pool.submit(() -> {
                    HttpClient h = client();
                    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
                    for (int i; (i = next.getAndIncrement()) < n; ) {
                        String[] pair = stocked.get(r.nextInt(stocked.size()));
                        String json = String.format("{\"servicePoint\":\"%s\",\"recipient\":\"Bench technician\","
                                + "\"lines\":[{\"partNumber\":\"%s\",\"qty\":1}]}", pair[0], pair[1]);
                        long t1 = System.nanoTime();
                        HttpResponse<String> resp = send(h, "POST", "/api/v1/stock/issues", json);
                        latency[i] = System.nanoTime() - t1;
                        if (resp.statusCode() == 409) {
                            conflicts.incrementAndGet();
                        } else if (resp.statusCode() != 201) {
                            errors.incrementAndGet();
                            if (bodies.size() < 3) {
                                bodies.add(resp.statusCode() + " " + resp.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!measured) {
                System.out.printf("    warm-up: %d requests in %.1f s, %d errors%n", n, seconds, errors.get());
                continue;
            }
            Arrays.sort(latency);
            System.out.printf("    %d requests in %.1f s: %.0f req/s; 409 (not enough stock) %d, errors %d%n", n, seconds,
                    n / seconds, conflicts.get(), errors.get());
            System.out.printf("    latency p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", pct(latency, 50),
                    pct(latency, 95), pct(latency, 99), latency[n - 1] / 1e6);
            bodies.forEach(b -> System.out.println("    error: " + b.substring(0, Math.min(300, b.length()))));
            return errors.get() == 0;
        }
        return true;
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    // ---------------------------------------------------------------- helpers

    static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + " → " + r.statusCode() + " " + r.body());
        }
    }

    static Set<String> strings(Connection c, String sql) throws Exception {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
