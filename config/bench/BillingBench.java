import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The billing benchmark (issue 13): generate | report | quote. See config/bench/billing for what each does.
 * Run with {@code java --source 17 -cp postgresql.jar config/bench/BillingBench.java MODE …}.
 */
public class BillingBench {

    static final String POINT = "BB01";
    static final String DEPARTMENT = "BB";
    static final String QUOTE_DEPARTMENT = "BQ";
    static final int PARTS = 2_000;
    static final int LINES_PER_PART = 500; // 2 000 × 500 = 1 000 000 ledger lines
    static final int TICKETS = 100_000;
    static final String BY = "bb-bench";
    /** B5: the daily report's cost categories and their cost_booking columns. */
    static final String[][] CATEGORIES = {
        {"PARTS", "parts"}, {"LABOUR", "labour"}, {"TRAVEL_ALLOWANCE", "travel_allowance"}, {"RENTAL", "rental"},
        {"FREIGHT", "freight"}
    };

    final String url;
    final String authHeader;
    final String jdbcUrl;
    final String jdbcUser;
    final String jdbcPassword;
    final Map<String, String> opts;
    final ZoneId zone;

    BillingBench(Map<String, String> opts) {
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
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        BillingBench b = new BillingBench(opts);
        boolean ok = switch (args.length == 0 ? "" : args[0]) {
            case "generate" -> b.generate();
            case "report" -> b.report();
            case "quote" -> b.quote();
            default -> throw new IllegalArgumentException("mode: generate | report | quote");
        };
        System.exit(ok ? 0 : 1);
    }

    /** The month the data ends with and the report is made for: last month by default. */
    YearMonth month() {
        return opts.containsKey("month") ? YearMonth.parse(opts.get("month")) : YearMonth.now(zone).minusMonths(1);
    }

    Connection jdbc() throws Exception {
        if (jdbcUrl == null) {
            throw new IllegalStateException("--jdbc-url is required");
        }
        return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }

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

    static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + " → " + r.statusCode() + " " + r.body());
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    long count(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** EclipseLink stores an Instant as the server JVM's local time (the same machine's zone). */
    static String ts(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    static BigDecimal unitCost(int part) {
        return BigDecimal.valueOf(500 + (part * 7919L) % 49_500, 2); // 5.00 … 499.99, constant per part
    }

    // ---------------------------------------------------------------- generate

    boolean generate() throws Exception {
        HttpClient http = client();
        long t0 = System.nanoTime();
        try (Connection c = jdbc()) {
            if (count(c, "SELECT COUNT(*) FROM service_point WHERE code = ?", POINT) == 0) {
                expect(send(http, "POST", "/api/v1/service-points",
                        "{\"code\":\"" + POINT + "\",\"name\":\"Billing bench\",\"keepers\":[]}"), 201, "POST /service-points");
            }
            HttpResponse<String> customer = send(http, "POST", "/api/v1/customers",
                    "{\"name\":\"账单基准客户 " + UUID.randomUUID().toString().substring(0, 8)
                            + "\",\"type\":\"HOUSEHOLD\",\"contact\":\"张三\",\"phone\":\"13900000000\",\"region\":\"北京\","
                            + "\"address\":\"北京市朝阳区建国路1号\"}");
            expect(customer, 201, "POST /customers");
            long customerId = Long.parseLong(field(customer.body(), "id"));
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            if (count(c, "SELECT COUNT(*) FROM stock_movement WHERE service_point = ?", POINT) > 0) {
                System.out.println("==> ledger of " + POINT + " present, not generated again");
            } else {
                ledger(copy);
            }
            if (count(c, "SELECT COUNT(*) FROM ticket WHERE department = ?", DEPARTMENT) > 0) {
                System.out.println("==> tickets of " + DEPARTMENT + " present, not generated again");
            } else {
                tickets(c, copy, customerId);
            }
            c.commit();
            System.out.printf("==> generated in %.1f s (one transaction)%n", (System.nanoTime() - t0) / 1e9);
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("ANALYZE stock_movement");
                s.execute("ANALYZE ticket");
                s.execute("ANALYZE quote");
                s.execute("ANALYZE quote_line");
                s.execute("ANALYZE charge");
                s.execute("ANALYZE charge_payment");
            }
            return check(c);
        }
    }

    /**
     * 2 000 parts × 500 lines at POINT over the twelve months ending with the month, one line a
     * day per part at most: receipts (09:00) of 5–24 units and issues (15:00) of 1 up to what is on
     * hand, at the part's constant unit cost, so value = quantity × cost exactly and on hand ≥ 0.
     */
    void ledger(CopyManager copy) throws Exception {
        long t0 = System.nanoTime();
        YearMonth last = month();
        LocalDate first = last.minusMonths(11).atDay(1);
        int days = (int) (last.atEndOfMonth().toEpochDay() - first.toEpochDay() + 1);
        Random random = new Random(13);
        StringBuilder rows = new StringBuilder(64 << 20);
        StringBuilder levels = new StringBuilder();
        List<Integer> slots = new ArrayList<>(); // two a day: 09:00 and 15:00
        for (int d = 0; d < days * 2; d++) {
            slots.add(d);
        }
        long lines = 0;
        for (int p = 0; p < PARTS; p++) {
            String pn = String.format("BB-P%05d", p + 1);
            BigDecimal unit = unitCost(p);
            Collections.shuffle(slots, random);
            List<Integer> chosen = new ArrayList<>(slots.subList(0, LINES_PER_PART));
            Collections.sort(chosen); // in time order, so on_hand_after is the level right after each line
            int onHand = 0;
            for (int slot : chosen) {
                boolean receipt = onHand == 0 || random.nextInt(2) == 0;
                int qty = receipt ? 5 + random.nextInt(20) : 1 + random.nextInt(onHand);
                onHand += receipt ? qty : -qty;
                Instant at = first.plusDays(slot / 2).atTime(slot % 2 == 0 ? 9 : 15, 0).atZone(zone).toInstant();
                BigDecimal value = unit.multiply(BigDecimal.valueOf(qty)).setScale(2);
                rows.append(POINT).append('\t').append(pn).append('\t').append(receipt ? "RECEIPT" : "ISSUE").append('\t')
                        .append(qty).append('\t').append(unit.setScale(4).toPlainString()).append('\t')
                        .append(value.toPlainString()).append('\t').append(onHand).append('\t')
                        .append("BB-").append(receipt ? "R" : "I").append('\t').append(ts(at)).append('\t').append(BY)
                        .append('\n');
                lines++;
            }
            levels.append(POINT).append('\t').append(pn).append('\t').append(onHand).append('\t')
                    .append(unit.setScale(4).toPlainString()).append("\t\\N\t\\N\t0\n");
        }
        copy.copyIn("COPY stock_movement (service_point, part_number, movement_type, quantity, unit_cost,"
                + " movement_value, on_hand_after, slip_number, occurred_at, recorded_by) FROM STDIN",
                new StringReader(rows.toString()));
        copy.copyIn("COPY stock_level (service_point, part_number, on_hand, average_cost, min_qty, max_qty, version)"
                + " FROM STDIN", new StringReader(levels.toString()));
        System.out.printf("==> ledger: %d lines of %s loaded with COPY (%.1f s)%n", lines, POINT,
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * 100 000 resolved tickets of department BB over the twelve months (registered 08:00–17:59, resolved
     * two hours later), each with a quote of materials, labour, travel, tax (+ 40 % markup): 70 % paid,
     * accepted, charged and paid (half in full, half in part), 30 % warranty (a draft, nothing charged).
     */
    void tickets(Connection c, CopyManager copy, long customerId) throws Exception {
        long t0 = System.nanoTime();
        YearMonth last = month();
        LocalDate first = last.minusMonths(11).atDay(1);
        int days = (int) (last.atEndOfMonth().toEpochDay() - first.toEpochDay() + 1);
        Random random = new Random(42);
        StringBuilder tickets = new StringBuilder(32 << 20);
        StringBuilder quotes = new StringBuilder(32 << 20);
        StringBuilder bookings = new StringBuilder(16 << 20);
        Map<String, BigDecimal[]> amounts = new LinkedHashMap<>();
        Map<String, Instant> resolvedAt = new HashMap<>();
        for (int i = 0; i < TICKETS; i++) {
            String number = String.format("BB-BENCH-%06d", i + 1);
            LocalDate day = first.plusDays(random.nextInt(days));
            Instant registered = day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(zone).toInstant();
            Instant resolved = registered.plus(Duration.ofHours(2));
            boolean warranty = random.nextInt(10) < 3;
            tickets.append(number).append('\t').append(DEPARTMENT).append('\t').append(customerId)
                    .append("\t账单基准客户\tBM-").append(i % 50).append("\tPHONE\tONSITE_REPAIR\tGENERAL\tbench\t")
                    .append(ts(registered)).append("\tRESOLVED\t").append(warranty ? "FREE" : "PAID").append('\t')
                    .append(ts(registered)).append('\t').append(ts(resolved)).append("\t0\t").append(ts(registered))
                    .append('\t').append(BY).append('\t').append(ts(resolved)).append('\t').append(BY).append('\n');
            BigDecimal materials = BigDecimal.valueOf(random.nextInt(50_000), 2);
            BigDecimal labour = BigDecimal.valueOf(2_000 + random.nextInt(20_000), 2);
            BigDecimal travel = BigDecimal.valueOf(random.nextInt(4) * 1_000, 2);
            BigDecimal tax = materials.add(labour).add(travel).multiply(new BigDecimal("0.06")).setScale(2, java.math.RoundingMode.HALF_UP);
            BigDecimal cost = materials.add(labour).add(travel).add(tax);
            BigDecimal markup = cost.multiply(new BigDecimal("0.40")).setScale(2, java.math.RoundingMode.HALF_UP);
            BigDecimal total = cost.add(markup);
            amounts.put(number, new BigDecimal[] {materials, labour, travel, tax, markup, total, warranty ? BigDecimal.ONE : BigDecimal.ZERO});
            resolvedAt.put(number, resolved);
            // B5: the ticket's cost booking (what the daily report's costs are): its parts, labour and travel
            BigDecimal booked = materials.add(labour).add(travel);
            bookings.append(number).append('\t').append(DEPARTMENT).append('\t')
                    .append(resolved.atZone(zone).getYear()).append('\t').append(warranty ? "QUALITY_LOSS" : "CUSTOMER")
                    .append('\t').append(materials).append('\t').append(labour).append('\t').append(travel)
                    .append("\t0.00\t0.00\t").append(booked).append('\t').append(ts(resolved)).append("\t0\n");
            quotes.append(number).append('\t').append(DEPARTMENT).append("\t1\tf\t").append(materials).append('\t')
                    .append(labour).append('\t').append(travel).append('\t').append(tax).append('\t').append(cost)
                    .append('\t').append(markup).append('\t').append(total).append("\t0.00\t")
                    .append(warranty ? "WARRANTY" : "CUSTOMER").append('\t').append(warranty ? "0.00" : total.toPlainString())
                    .append('\t').append(warranty ? "DRAFT" : "ACCEPTED").append('\t').append(BY).append('\t')
                    .append(ts(registered.plus(Duration.ofMinutes(30)))).append('\t')
                    .append(warranty ? "\\N\t\\N\t\\N\t\\N" : "PHONE\t张三\t" + ts(registered.plus(Duration.ofMinutes(40))) + "\t" + BY)
                    .append('\n');
        }
        copy.copyIn("COPY ticket (ticket_number, department, customer_id, customer_name, model, channel, kind, fault_level,"
                + " description, registered_at, status, entitlement, cycle_start, resolved_at, version, created_at,"
                + " created_by, updated_at, updated_by) FROM STDIN", new StringReader(tickets.toString()));
        copy.copyIn("COPY cost_booking (ticket_number, department, booking_year, cost_centre, parts, labour,"
                + " travel_allowance, rental, freight, total, booked_at, version) FROM STDIN",
                new StringReader(bookings.toString()));
        copy.copyIn("COPY quote (ticket_number, department, fee_schedule_version, computed, materials, labour, travel,"
                + " tax, cost, markup, total, discount, payer, customer_pays, state, quoted_by, quoted_at,"
                + " acceptance_method, accepted_by, accepted_at, acceptance_recorded_by) FROM STDIN",
                new StringReader(quotes.toString()));
        Map<String, Long> quoteIds = ids(c, "SELECT ticket_number, id FROM quote WHERE department = ?");
        StringBuilder lines = new StringBuilder(64 << 20);
        StringBuilder charges = new StringBuilder(16 << 20);
        int n = 0;
        for (Map.Entry<String, BigDecimal[]> e : amounts.entrySet()) {
            long id = quoteIds.get(e.getKey());
            BigDecimal[] a = e.getValue();
            String[] cats = {"MATERIALS", "LABOUR", "TRAVEL", "TAX", "MARKUP"};
            for (int k = 0; k < cats.length; k++) {
                lines.append(id).append('\t').append(k + 1).append('\t').append(cats[k]).append("\t\\N\t").append(a[k]).append('\n');
            }
            if (a[6].signum() == 0) {
                Instant charged = resolvedAt.get(e.getKey()).plus(Duration.ofMinutes(10));
                charges.append(String.format("BB-SF-BENCH-%06d", ++n)).append('\t').append(e.getKey()).append('\t').append(id)
                        .append('\t').append(DEPARTMENT).append('\t').append(a[5]).append('\t').append(a[5]).append("\t0.00\t0\t")
                        .append(ts(charged)).append('\t').append(BY).append('\t').append(ts(charged)).append('\t').append(BY)
                        .append('\n');
            }
        }
        copy.copyIn("COPY quote_line (quote_id, line_no, category, description, amount) FROM STDIN",
                new StringReader(lines.toString()));
        copy.copyIn("COPY charge (charge_number, ticket_number, quote_id, department, total, paid, refunded, version,"
                + " created_at, created_by, updated_at, updated_by) FROM STDIN", new StringReader(charges.toString()));
        Map<String, Long> chargeIds = ids(c, "SELECT ticket_number, id FROM charge WHERE department = ?");
        StringBuilder payments = new StringBuilder(16 << 20);
        int k = 0;
        for (Map.Entry<String, Long> e : chargeIds.entrySet()) {
            BigDecimal total = amounts.get(e.getKey())[5];
            Instant at = resolvedAt.get(e.getKey()).plus(Duration.ofMinutes(20));
            if (k++ % 2 == 0 || total.compareTo(new BigDecimal("0.02")) < 0) {
                payments.append(e.getValue()).append("\t1\t").append(total).append("\tCASH\t\\N\t").append(ts(at)).append('\t').append(BY).append('\n');
            } else {
                BigDecimal part = total.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
                payments.append(e.getValue()).append("\t1\t").append(part).append("\tWECHAT\t\\N\t").append(ts(at)).append('\t').append(BY).append('\n');
                payments.append(e.getValue()).append("\t2\t").append(total.subtract(part)).append("\tCARD\t\\N\t")
                        .append(ts(at.plus(Duration.ofMinutes(5)))).append('\t').append(BY).append('\n');
            }
        }
        copy.copyIn("COPY charge_payment (charge_id, line_no, amount, payment_method, refund_no, paid_at, recorded_by)"
                + " FROM STDIN", new StringReader(payments.toString()));
        System.out.printf("==> tickets: %d with quotes, %d charges paid, loaded with COPY (%.1f s)%n", TICKETS,
                chargeIds.size(), (System.nanoTime() - t0) / 1e9);
    }

    Map<String, Long> ids(Connection c, String sql) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, DEPARTMENT);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    /** The generator's data keeps the ledger's invariants: on hand never negative, value = quantity × cost. */
    boolean check(Connection c) throws Exception {
        long lines = count(c, "SELECT COUNT(*) FROM stock_movement WHERE service_point = ?", POINT);
        long negative = count(c, "SELECT COUNT(*) FROM stock_movement WHERE service_point = ? AND on_hand_after < 0", POINT);
        long wrongValue = count(c, "SELECT COUNT(*) FROM stock_movement WHERE service_point = ?"
                + " AND movement_value <> ROUND(quantity * unit_cost, 2)", POINT);
        long levelMismatch = count(c, "SELECT COUNT(*) FROM stock_level l WHERE l.service_point = ? AND l.on_hand <>"
                + " (SELECT SUM(CASE WHEN m.movement_type = 'RECEIPT' THEN m.quantity ELSE -m.quantity END)"
                + " FROM stock_movement m WHERE m.service_point = l.service_point AND m.part_number = l.part_number)", POINT);
        long tickets = count(c, "SELECT COUNT(*) FROM ticket WHERE department = ?", DEPARTMENT);
        long quoteMismatch = count(c, "SELECT COUNT(*) FROM quote q WHERE q.department = ? AND q.cost <>"
                + " (SELECT SUM(l.amount) FROM quote_line l WHERE l.quote_id = q.id AND l.category <> 'MARKUP')", DEPARTMENT);
        long unpaid = count(c, "SELECT COUNT(*) FROM charge h WHERE h.department = ? AND h.paid <>"
                + " (SELECT SUM(p.amount) FROM charge_payment p WHERE p.charge_id = h.id)", DEPARTMENT);
        boolean ok = lines == (long) PARTS * LINES_PER_PART && negative == 0 && wrongValue == 0 && levelMismatch == 0
                && tickets == TICKETS && quoteMismatch == 0 && unpaid == 0;
        System.out.printf("==> check: %d ledger lines (negative on hand %d, value ≠ qty × cost %d, level ≠ ledger %d),"
                + " %d tickets (quote cost ≠ its lines %d), charges paid ≠ payments %d: %s%n", lines, negative,
                wrongValue, levelMismatch, tickets, quoteMismatch, unpaid, ok ? "OK" : "FAILED");
        return ok;
    }

    // ---------------------------------------------------------------- report

    /**
     * GET /billing/reports/daily for BB and BB01 on the month's last day (the month to date over the
     * whole month): one warm-up, --repetitions timed; then each figure against plain SQL.
     */
    boolean report() throws Exception {
        HttpClient http = client();
        LocalDate day = month().atEndOfMonth();
        String path = "/api/v1/billing/reports/daily?department=" + DEPARTMENT + "&servicePoint=" + POINT + "&day=" + day;
        int reps = Integer.parseInt(opts.getOrDefault("repetitions", "7"));
        HttpResponse<String> answer = send(http, "GET", path, null);
        expect(answer, 200, "GET " + path);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            answer = send(http, "GET", path, null);
            ms.add((System.nanoTime() - t) / 1e6);
            expect(answer, 200, "GET " + path);
        }
        Collections.sort(ms);
        System.out.printf("==> daily report %s %s %s: min %.0f ms, median %.0f ms, max %.0f ms (%d runs after a warm-up)%n",
                DEPARTMENT, POINT, day, ms.get(0), ms.get(ms.size() / 2), ms.get(ms.size() - 1), reps);
        String body = answer.body();
        boolean ok = true;
        try (Connection c = jdbc()) {
            Instant monthStart = day.withDayOfMonth(1).atStartOfDay(zone).toInstant();
            Instant dayStart = day.atStartOfDay(zone).toInstant();
            Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            Map<String, String> expected = new LinkedHashMap<>();
            String pay = "SELECT COALESCE(SUM(p.amount), 0) FROM charge_payment p JOIN charge h ON h.id = p.charge_id"
                    + " WHERE h.department = ? AND p.amount > 0 AND p.paid_at >= ? AND p.paid_at < ?";
            expected.put("receipts.day", sum(c, pay, DEPARTMENT, dayStart, dayEnd));
            expected.put("receipts.monthToDate", sum(c, pay, DEPARTMENT, monthStart, dayEnd));
            String charged = "SELECT COALESCE(SUM(total), 0) FROM charge WHERE department = ? AND created_at >= ? AND created_at < ?";
            expected.put("charges.day", sum(c, charged, DEPARTMENT, dayStart, dayEnd));
            expected.put("charges.monthToDate", sum(c, charged, DEPARTMENT, monthStart, dayEnd));
            for (String[] category : CATEGORIES) {
                String cat = category[0];
                String cost = "SELECT COALESCE(SUM(b." + category[1] + "), 0) FROM cost_booking b"
                        + " JOIN ticket t ON t.ticket_number = b.ticket_number WHERE b.department = ?"
                        + " AND t.resolved_at >= ? AND t.resolved_at < ?";
                expected.put("costs." + cat + ".day", sum(c, cost, DEPARTMENT, dayStart, dayEnd));
                expected.put("costs." + cat + ".monthToDate", sum(c, cost, DEPARTMENT, monthStart, dayEnd));
            }
            String stock = "SELECT COALESCE(SUM(CASE WHEN movement_type IN ('RECEIPT','TRANSFER_IN','RETURN_DEFECTIVE',"
                    + "'ADJUSTMENT_GAIN') THEN movement_value ELSE -movement_value END), 0) FROM stock_movement"
                    + " WHERE service_point = ? AND occurred_at < ?";
            expected.put("stock.yesterday", sum(c, stock, POINT, dayStart));
            expected.put("stock.today", sum(c, stock, POINT, dayEnd));
            Map<String, String> actual = new LinkedHashMap<>();
            actual.put("receipts.day", figure(body, "receipts", "day"));
            actual.put("receipts.monthToDate", figure(body, "receipts", "monthToDate"));
            actual.put("charges.day", figure(body, "charges", "day"));
            actual.put("charges.monthToDate", figure(body, "charges", "monthToDate"));
            for (String[] category : CATEGORIES) {
                String cat = category[0];
                actual.put("costs." + cat + ".day", figure(body, cat, "day"));
                actual.put("costs." + cat + ".monthToDate", figure(body, cat, "monthToDate"));
            }
            Matcher y = Pattern.compile("\"yesterday\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
            actual.put("stock.yesterday", y.find() ? y.group(1) : null);
            Matcher t = Pattern.compile("\"today\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
            actual.put("stock.today", t.find() ? t.group(1) : null);
            for (Map.Entry<String, String> e : expected.entrySet()) {
                String a = actual.get(e.getKey());
                boolean same = a != null && new BigDecimal(a).compareTo(new BigDecimal(e.getValue())) == 0;
                ok &= same;
                System.out.printf("    %-28s report %14s  SQL %14s  %s%n", e.getKey(), a, e.getValue(), same ? "OK" : "DIFFERS");
            }
        }
        System.out.println("==> figures against plain SQL: " + (ok ? "OK" : "DIFFER"));
        return ok;
    }

    /** The {@code key} of the figure object named {@code name} in the report's JSON. */
    static String figure(String json, String name, String key) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\\{[^}]*\"" + key + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    String sum(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i] instanceof Instant at ? Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneId.systemDefault())) : args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).setScale(2).toPlainString();
            }
        }
    }

    // ---------------------------------------------------------------- quote

    /**
     * --tickets paid tickets of department BQ through the API, then --requests computed quotes (POST
     * /tickets/{n}/quote with {}: the draft priced again from the ticket's records and the fee schedule)
     * from --clients clients after --warmup; p50/p95/p99/max.
     */
    boolean quote() throws Exception {
        int nTickets = Integer.parseInt(opts.getOrDefault("tickets", "20"));
        int requests = Integer.parseInt(opts.getOrDefault("requests", "500"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "50"));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "4"));
        HttpClient http = client();
        HttpResponse<String> customer = send(http, "POST", "/api/v1/customers",
                "{\"name\":\"报价基准客户 " + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"type\":\"HOUSEHOLD\",\"contact\":\"张三\",\"phone\":\"13900000001\",\"region\":\"北京\","
                        + "\"address\":\"北京市朝阳区建国路2号\"}");
        expect(customer, 201, "POST /customers");
        String customerId = field(customer.body(), "id");
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < nTickets; i++) {
            HttpResponse<String> t = send(http, "POST", "/api/v1/tickets", "{\"customerId\":" + customerId
                    + ",\"channel\":\"PHONE\",\"kind\":\"ONSITE_REPAIR\",\"faultLevel\":\"GENERAL\",\"department\":\""
                    + QUOTE_DEPARTMENT + "\",\"description\":\"报价基准\"}");
            expect(t, 201, "POST /tickets");
            tickets.add(field(t.body(), "number"));
        }
        for (int i = 0; i < warmup; i++) {
            expect(send(http, "POST", "/api/v1/tickets/" + tickets.get(i % nTickets) + "/quote", "{}"), 201, "warm-up quote");
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Double>>> futures = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
            int slice = k;
            futures.add(pool.submit(() -> {
                HttpClient h = client();
                List<Double> ms = new ArrayList<>();
                // each client its own tickets: a draft is priced by one caller at a time
                for (int i = slice; i < requests; i += clients) {
                    String ticket = tickets.get((slice + clients * (i / clients)) % nTickets);
                    long t = System.nanoTime();
                    HttpResponse<String> r = send(h, "POST", "/api/v1/tickets/" + ticket + "/quote", "{}");
                    ms.add((System.nanoTime() - t) / 1e6);
                    expect(r, 201, "POST quote " + ticket);
                }
                return ms;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Collections.sort(all);
        double p95 = all.get((int) Math.ceil(all.size() * 0.95) - 1);
        System.out.printf("==> computed quote: %d requests from %d clients, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                all.size(), clients, all.get(all.size() / 2), p95, all.get((int) Math.ceil(all.size() * 0.99) - 1),
                all.get(all.size() - 1));
        return true;
    }
}
