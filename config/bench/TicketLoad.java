// config/bench/TicketLoad.java — the load behind config/bench/tickets (issue 4: measure and report).
//
// Run by config/bench/tickets as a single-file program (java --source 17, the PostgreSQL driver on
// the class path when a JDBC URL is given). Phases: prepare customers and products through the API
// (reused when they exist), warm up, N clients posting tickets, then a plain-JDBC program doing the
// same database work with the same count and concurrency, then the numbering check.
//
// Arguments: --url --user --clients --requests --warmup --customers --department --jdbc-department
// --time-zone --jdbc-url --jdbc-user. Passwords come from the environment only (never argv):
// AFTERSALES_PASSWORD for the API, BENCH_JDBC_PASSWORD for the database.
// Traffic goes to the given URL and database only; every loop is bounded by --requests.

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class TicketLoad {

    static final String[] REGIONS = {"北京", "上海", "天津", "重庆", "广州", "深圳", "杭州", "南京", "武汉", "成都", "西安", "沈阳"};
    static final String[] MODELS = {"KFR-26GW", "KFR-35GW", "KFR-50LW", "KFR-72LW", "RF-300", "YSJ-9"};
    static final String[] CHANNELS = {"PHONE", "WEB", "APP", "DEALER"};
    static final String[] KINDS = {"ONSITE_REPAIR", "CARRY_IN_REPAIR", "MAINTENANCE"};
    static final String[] FAULTS = {"GENERAL", "MAJOR"};
    static final String[] SYMPTOMS = {"压缩机不启动", "制冷效果差，室外机噪音大", "漏水，显示故障代码E1", "遥控器无反应，面板指示灯闪烁",
        "开机后自动停机，疑似电源板故障", "制热时有异味，出风口结霜"};
    static final int SHOWN_ERRORS = 5;

    record Prepared(long customerId, String serial) {}

    /** One measured run: per-request latencies (ns; -1 for none) and the first few failures. */
    static final class Run {
        final long[] nanos;
        final AtomicInteger errors = new AtomicInteger();
        final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger responseChars = new AtomicInteger();
        long wallNanos;

        Run(int n) {
            nanos = new long[n];
        }

        void fail(String what) {
            errors.incrementAndGet();
            if (firstErrors.size() < SHOWN_ERRORS) {
                firstErrors.add(what.length() > 600 ? what.substring(0, 600) + "…" : what);
            }
        }
    }

    interface Task {
        void run(int worker, int index, Run run) throws Exception;
    }

    final Map<String, String> opts;
    final String url;
    final String user;
    final String authHeader;
    final int clients;
    final int requests;
    final int warmup;
    final int customers;
    final String department;
    final String jdbcDepartment;
    final ZoneId zone;
    final String runId = Long.toString(System.currentTimeMillis(), 36);
    /** One client per worker, kept across phases: each its own keep-alive connection, like an independent caller. */
    final LeanHttp[] http;

    TicketLoad(Map<String, String> opts) {
        this.opts = opts;
        url = opts.getOrDefault("url", "http://localhost:8080/aftersales").replaceAll("/+$", "");
        user = opts.getOrDefault("user", "admin");
        String password = System.getenv("AFTERSALES_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("set AFTERSALES_PASSWORD (the password of " + user + ")");
        }
        authHeader = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        clients = positive("clients", 20);
        requests = positive("requests", 2000);
        warmup = Integer.parseInt(opts.getOrDefault("warmup", "200"));
        customers = positive("customers", 200);
        department = opts.getOrDefault("department", "YX");
        jdbcDepartment = opts.getOrDefault("jdbc-department", "JD");
        zone = ZoneId.of(opts.getOrDefault("time-zone", "Asia/Shanghai"));
        http = new LeanHttp[clients];
        for (int i = 0; i < clients; i++) {
            http[i] = new LeanHttp(url);
        }
        if (department.equals(jdbcDepartment)) {
            throw new IllegalArgumentException("--department and --jdbc-department must differ (their numbers would collide)");
        }
    }

    int positive(String name, int fallback) {
        int value = Integer.parseInt(opts.getOrDefault(name, String.valueOf(fallback)));
        if (value < 1 || value > 1_000_000) {
            throw new IllegalArgumentException("--" + name + " must be within 1..1000000");
        }
        return value;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("TicketLoad: bad argument " + args[i]);
                System.exit(2);
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        try {
            System.exit(new TicketLoad(opts).main());
        } catch (IllegalArgumentException e) {
            System.err.println("TicketLoad: " + e.getMessage());
            System.exit(2);
        }
    }

    int main() throws Exception {
        List<Prepared> prepared = prepare();
        if (prepared.isEmpty()) {
            System.err.println("TicketLoad: no customer could be prepared, nothing to measure");
            return 1;
        }
        if (warmup > 0) {
            System.out.printf("==> warm-up: %d × POST /tickets with %d clients (not counted)%n", warmup, clients);
            Run w = measure(warmup, clients, httpTicket(prepared, "w"));
            System.out.printf("    %d errors%n", w.errors.get());
            w.firstErrors.forEach(e -> System.out.println("      " + e));
        }
        System.out.printf("==> API: %d × POST %s/api/v1/tickets (department %s, Idempotency-Key), %d clients, HTTP/1.1 keep-alive%n",
                requests, url, department, clients);
        Cpu apiCpu = Cpu.start(opts);
        Run api = measure(requests, clients, httpTicket(prepared, "m"));
        report(api, requests);
        apiCpu.report(requests);
        int apiBody = requests - api.errors.get() > 0 ? api.responseChars.get() / Math.max(1, requests - api.errors.get()) : 700;

        String jdbcUrl = opts.get("jdbc-url");
        Run jdbc = null;
        if (jdbcUrl != null && !jdbcUrl.isEmpty()) {
            Jdbc db = new Jdbc(jdbcUrl, opts.getOrDefault("jdbc-user", ""), System.getenv().getOrDefault("BENCH_JDBC_PASSWORD", ""),
                    prepared, apiBody);
            if (warmup > 0) {
                System.out.printf("==> JDBC warm-up: %d tickets, %d connections (not counted)%n", warmup, clients);
                Run w = db.run(warmup);
                System.out.printf("    %d errors%n", w.errors.get());
                w.firstErrors.forEach(e -> System.out.println("      " + e));
            }
            System.out.printf("==> JDBC baseline: %d tickets, %d threads each with its own connection, department %s%n",
                    requests, clients, jdbcDepartment);
            System.out.println("    per ticket, the statements the API sends: idempotency claim (one INSERT, own transaction);"
                    + " then one transaction: customer + contacts, product by serial + commitments, warranty terms (first time only),");
            System.out.println("    contracts, document_counter SELECT … FOR UPDATE, SLA term, UPDATE counter,"
                    + " INSERT ticket, ticket_event, audit_entry, outbox_event (1 or 2), COMMIT;");
            System.out.println("    then each outbox row deleted (own transaction, as the relay does) and idempotency complete"
                    + " (one UPDATE, own transaction); ids by RETURNING, as the API's. Not done: the relay's JMS send.");
            Cpu jdbcCpu = Cpu.start(opts);
            jdbc = db.run(requests);
            report(jdbc, requests);
            jdbcCpu.report(requests);
            double apiRate = rate(api, requests), jdbcRate = rate(jdbc, requests);
            System.out.printf("==> ratio API/JDBC throughput: %.3f (the plain JDBC program is %.1f× the API's rate)%n",
                    apiRate / jdbcRate, jdbcRate / apiRate);
            System.out.printf("    latency p50 API/JDBC: %.1f×%n", percentile(api, 0.50) / percentile(jdbc, 0.50));
            System.out.println("==> numbering check (T10: unique and gap-free per department and month)");
            boolean ok = db.checkNumbers(department) & db.checkNumbers(jdbcDepartment);
            System.out.println(ok ? "    OK" : "    FAILED: numbers are not unique and gap-free");
            if (!ok) {
                return 1;
            }
        } else {
            System.out.println("==> JDBC baseline: skipped (no --jdbc-url); ratio not computed");
            System.out.println("==> numbering check: not checked (no --jdbc-url)");
        }
        return api.errors.get() == 0 && (jdbc == null || jdbc.errors.get() == 0) ? 0 : 1;
    }

    /**
     * Issue 15.1: where the CPU of a measured phase went — the server JVM (--server-pid), the
     * PostgreSQL cluster (--db-dir: its postmaster and backends, from /proc) and this program —
     * per request, so a change is judged by the work it saves, not only by a noisy rate.
     */
    record Cpu(long server, long database, long self, long started, Map<String, String> opts) {
        static Cpu start(Map<String, String> opts) {
            return new Cpu(serverTicks(opts), databaseTicks(opts), selfNanos(), System.nanoTime(), opts);
        }

        void report(int requests) {
            if (!opts.containsKey("server-pid") && !opts.containsKey("db-dir")) {
                return;
            }
            double wall = (System.nanoTime() - started) / 1e6;
            StringBuilder line = new StringBuilder("    CPU per request:");
            if (opts.containsKey("server-pid")) {
                line.append(String.format(" server %.2f ms", (serverTicks(opts) - server) * 10.0 / requests));
            }
            if (opts.containsKey("db-dir")) {
                line.append(String.format(", database %.2f ms", (databaseTicks(opts) - database) * 10.0 / requests));
            }
            line.append(String.format(", this bench %.2f ms; wall %.2f ms per request on %d cores",
                    (selfNanos() - self) / 1e6 / requests, wall / requests, Runtime.getRuntime().availableProcessors()));
            System.out.println(line);
        }

        static long selfNanos() {
            return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        }

        /** utime + stime of a process in clock ticks (100 per second on Linux). */
        static long ticks(long pid) {
            return statSum(pid, 11, 12);
        }

        /** cutime + cstime: the CPU of a process's children that ended and were waited for. */
        static long reapedTicks(long pid) {
            return statSum(pid, 13, 14);
        }

        /** Two fields of /proc/PID/stat counted from the one after the command, added; 0 when gone. */
        static long statSum(long pid, int a, int b) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[a]) + Long.parseLong(f[b]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        static long serverTicks(Map<String, String> opts) {
            String pid = opts.get("server-pid");
            return pid == null ? 0 : ticks(Long.parseLong(pid));
        }

        /** The postmaster of --db-dir and every process it started (backends are long-lived here: pooled connections). */
        static long databaseTicks(Map<String, String> opts) {
            String dir = opts.get("db-dir");
            if (dir == null) {
                return 0;
            }
            try {
                Path pidFile = Path.of(dir, "postmaster.pid");
                if (!Files.exists(pidFile)) {
                    pidFile = Path.of(dir, "data", "postmaster.pid");
                }
                long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                long sum = ticks(postmaster) + reapedTicks(postmaster); // backends that ended: reaped by the postmaster
                try (var procs = Files.list(Path.of("/proc"))) {
                    for (Path p : (Iterable<Path>) procs::iterator) {
                        String name = p.getFileName().toString();
                        if (!name.chars().allMatch(Character::isDigit)) {
                            continue;
                        }
                        try {
                            String stat = Files.readString(p.resolve("stat"));
                            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            if (Long.parseLong(f[1]) == postmaster) {
                                sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                            }
                        } catch (IOException | RuntimeException e) {
                            // gone meanwhile
                        }
                    }
                }
                return sum;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }

    // ---------------------------------------------------------------- HTTP

    /** One request on a client's connection ({@link LeanHttp}: the JDK's client took 2.8 ms of CPU per registration). */
    LeanHttp.Reply send(LeanHttp http, String method, String path, String json, String idempotencyKey) throws IOException {
        return http.send(method, path, authHeader, json, idempotencyKey);
    }

    static final Pattern FIRST_ID = Pattern.compile("\"items\"\\s*:\\s*\\[\\s*\\{[^}]*?\"id\"\\s*:\\s*(\\d+)");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** Customers BENCHT-0000… with one product each: found by serial (or name) and reused, else created. */
    List<Prepared> prepare() throws Exception {
        System.out.printf("==> preparing %d customers with one product each (serials BENCHT-0000…) through the API%n", customers);
        long start = System.nanoTime();
        Prepared[] out = new Prepared[customers];
        AtomicInteger created = new AtomicInteger();
        Run run = measure(customers, Math.min(clients, 8), (worker, n, r) -> {
            try {
                out[n] = prepareOne(http[worker], n, created);
            } catch (Exception e) {
                r.fail("customer " + n + ": " + e);
            }
        });
        List<Prepared> ready = Arrays.stream(out).filter(p -> p != null).toList();
        System.out.printf("    %d ready (%d created, %d reused) in %.1f s%n", ready.size(), created.get(),
                ready.size() - created.get(), (System.nanoTime() - start) / 1e9);
        if (run.errors.get() > 0) {
            System.out.printf("    %d failed:%n", run.errors.get());
            run.firstErrors.forEach(e -> System.out.println("      " + e));
        }
        return ready;
    }

    Prepared prepareOne(LeanHttp http, int n, AtomicInteger created) throws Exception {
        String serial = String.format("BENCHT-%04d", n);
        String name = String.format("工单压测客户%04d", n);
        Long customerId = findCustomer(http, serial);
        if (customerId != null) {
            return new Prepared(customerId, serial);
        }
        customerId = findCustomer(http, name); // created earlier, its product failed
        if (customerId == null) {
            String region = REGIONS[n % REGIONS.length];
            String body = String.format("{\"name\":\"%s\",\"type\":\"%s\",\"contact\":\"%s先生\",\"phone\":\"1390%07d\","
                    + "\"region\":\"%s\",\"address\":\"%s市建设路%d号\",\"source\":\"bench\"}",
                    name, n % 5 == 0 ? "COMMERCIAL" : "HOUSEHOLD", name.substring(0, 1), n, region, region, n + 1);
            LeanHttp.Reply r = send(http, "POST", "/api/v1/customers", body, null);
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST /customers → " + r.statusCode() + " " + r.body());
            }
            Matcher m = ID.matcher(r.body());
            if (!m.find()) {
                throw new IllegalStateException("POST /customers: no id in " + r.body());
            }
            customerId = Long.parseLong(m.group(1));
        }
        int year = 2019 + n % 8;
        LocalDate factory = LocalDate.of(Math.min(year, 2025), 1 + n % 12, 1 + n % 28);
        boolean proof = n % 2 == 0;
        String product = String.format("{\"model\":\"%s\",\"serialNumber\":\"%s\",\"colour\":\"白\",\"factoryDate\":\"%s\","
                + "\"purchaseDate\":%s,\"proofOfPurchase\":\"%s\",\"use\":\"%s\",\"serialStatus\":\"OK\"}",
                MODELS[n % MODELS.length], serial, factory, proof ? "\"" + factory.plusDays(20) + "\"" : "null",
                proof ? "INVOICE" : "NONE", n % 5 == 0 ? "COMMERCIAL" : "HOUSEHOLD");
        LeanHttp.Reply r = send(http, "POST", "/api/v1/customers/" + customerId + "/products", product, null);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST /customers/" + customerId + "/products → " + r.statusCode() + " " + r.body());
        }
        created.incrementAndGet();
        return new Prepared(customerId, serial);
    }

    Long findCustomer(LeanHttp http, String query) throws Exception {
        LeanHttp.Reply r = send(http, "GET", "/api/v1/customers?page=0&size=5&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8), null, null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /customers?query=" + query + " → " + r.statusCode() + " " + r.body());
        }
        Matcher m = FIRST_ID.matcher(r.body());
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }

    static String description(int i) {
        return SYMPTOMS[i % SYMPTOMS.length] + "（压测 " + i + "）";
    }

    Task httpTicket(List<Prepared> prepared, String phase) {
        return (worker, i, run) -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Prepared p = prepared.get(random.nextInt(prepared.size()));
            String body = String.format("{\"customerId\":%d,\"serialNumber\":\"%s\",\"channel\":\"%s\",\"kind\":\"%s\","
                    + "\"faultLevel\":\"%s\",\"department\":\"%s\",\"description\":\"%s\"}",
                    p.customerId(), p.serial(), CHANNELS[random.nextInt(CHANNELS.length)], KINDS[random.nextInt(KINDS.length)],
                    FAULTS[random.nextInt(FAULTS.length)], department, description(i));
            long t0 = System.nanoTime();
            LeanHttp.Reply r;
            try {
                r = send(http[worker], "POST", "/api/v1/tickets", body, "bench-" + runId + "-" + phase + "-" + i);
            } catch (IOException e) {
                run.nanos[i] = System.nanoTime() - t0;
                run.fail("I/O: " + e);
                return;
            }
            run.nanos[i] = System.nanoTime() - t0;
            if (r.statusCode() != 201) {
                run.fail(r.statusCode() + " " + r.body());
            } else {
                run.responseChars.addAndGet(r.body().length());
            }
        };
    }

    // ---------------------------------------------------------------- measuring

    /** n tasks on a fixed pool of `threads`, each thread taking the next index (closed loop). */
    static Run measure(int n, int threads, Task task) throws InterruptedException {
        Run run = new Run(n);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            pool.execute(() -> {
                for (int i; (i = next.getAndIncrement()) < n; ) {
                    try {
                        task.run(worker, i, run);
                    } catch (Exception e) {
                        run.fail(e.toString());
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
            pool.shutdownNow();
            throw new IllegalStateException("run did not finish within 2 hours");
        }
        run.wallNanos = System.nanoTime() - start;
        return run;
    }

    static double rate(Run run, int n) {
        return n / (run.wallNanos / 1e9);
    }

    static double percentile(Run run, double p) {
        long[] sorted = run.nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1));
        return sorted[index] / 1e6;
    }

    static void report(Run run, int n) {
        System.out.printf("    requests=%d  errors=%d  time=%.1f s  throughput=%.1f req/s%n", n, run.errors.get(),
                run.wallNanos / 1e9, rate(run, n));
        System.out.printf("    latency p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n", percentile(run, 0.50),
                percentile(run, 0.95), percentile(run, 0.99), percentile(run, 1.0));
        if (run.errors.get() > 0) {
            System.out.printf("    first %d errors:%n", run.firstErrors.size());
            run.firstErrors.forEach(e -> System.out.println("      " + e.replace("\n", " ")));
        }
    }

    // ---------------------------------------------------------------- plain JDBC

    /** The database work of POST /tickets, written by hand: one transaction per ticket, as TicketService#register does. */
    final class Jdbc {
        volatile List<Object[]> warrantyTerms;
        final String jdbcUrl, jdbcUser, jdbcPassword;
        final List<Prepared> prepared;
        final int responseSize;
        final Set<String> opened = ConcurrentHashMap.newKeySet();
        /** One connection per worker thread, opened on first use, closed after each run. */
        final Connection[] connections = new Connection[clients];

        Jdbc(String jdbcUrl, String jdbcUser, String jdbcPassword, List<Prepared> prepared, int responseSize) {
            this.jdbcUrl = jdbcUrl;
            this.jdbcUser = jdbcUser;
            this.jdbcPassword = jdbcPassword;
            this.prepared = prepared;
            this.responseSize = responseSize;
        }

        Connection connection(int worker) throws SQLException {
            if (connections[worker] == null) {
                Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connections[worker] = c;
            }
            return connections[worker];
        }

        /**
         * The twin's outbox: a table like outbox_event (same columns, identity and indexes), which the
         * server's event relay does not read. In outbox_event itself the relay took some of the twin's
         * rows before the twin deleted them and published them: events without an id, which every
         * consumer refused four times and sent to the dead-message queue, with the server's CPU taken
         * from the twin's run (seen in session h).
         */
        void prepareOutbox() throws SQLException {
            try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bench_outbox_event (LIKE outbox_event INCLUDING ALL)");
            }
        }

        Run run(int n) throws InterruptedException, SQLException {
            prepareOutbox();
            Run run;
            try {
                run = measure(n, clients, (worker, i, r) -> {
                    long t0 = System.nanoTime();
                    try {
                        ticket(connection(worker), i);
                    } catch (SQLException e) {
                        try {
                            if (connections[worker] != null) {
                                connections[worker].rollback();
                            }
                        } catch (SQLException ignored) {
                            // the connection is broken; the next ticket fails too and says why
                        }
                        r.fail(e.getSQLState() + " " + e.getMessage());
                    }
                    r.nanos[i] = System.nanoTime() - t0;
                });
            } finally {
                for (int w = 0; w < connections.length; w++) {
                    if (connections[w] != null) {
                        try {
                            connections[w].close();
                        } catch (SQLException ignored) {
                            // closing anyway
                        }
                        connections[w] = null;
                    }
                }
            }
            return run;
        }

        void ticket(Connection c, int i) throws SQLException {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Prepared p = prepared.get(random.nextInt(prepared.size()));
            String fault = FAULTS[random.nextInt(FAULTS.length)];
            String channel = CHANNELS[random.nextInt(CHANNELS.length)];
            String kind = KINDS[random.nextInt(KINDS.length)];
            String desc = description(i);
            String key = "jdbc-" + runId + "-" + i + "-" + random.nextInt(1_000_000);
            Instant now = Instant.now();

            // not the caller's account: since issue 15.2 (session f) the API's authentication reads it again only when an
            // account changed or 15 s passed, not per request
            // IdempotencyStore.claim: its own transaction, committed before the work
            // one INSERT, no read first (a key used before is refused by the unique constraint)
            long recordId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency_record (caller, idem_key, request_hash, "
                    + "created_at, completed) VALUES (?, ?, ?, ?, false) RETURNING id")) {
                s.setString(1, user);
                s.setString(2, key);
                s.setString(3, sha256("/aftersales/api/v1/tickets", desc + p.serial()));
                s.setTimestamp(4, Timestamp.from(now));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    recordId = rs.getLong(1);
                }
            }
            c.commit();

            // TicketService.register: one transaction
            LocalDate today = LocalDate.ofInstant(now, zone);
            String name, contact, phone, region, address;
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, name_key, customer_type, contact, phone, phone_key, "
                    + "email, region, address, address_key, source, version, created_at, created_by, updated_at, updated_by "
                    + "FROM customer WHERE id = ?")) {
                s.setLong(1, p.customerId());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("unknown customer " + p.customerId());
                    }
                    name = rs.getString("name");
                    contact = rs.getString("contact");
                    phone = rs.getString("phone");
                    region = rs.getString("region");
                    address = rs.getString("address");
                }
            }
            drain(c, "SELECT customer_id, position, name, phone, title FROM customer_contact WHERE customer_id = ? ORDER BY position",
                    p.customerId());
            Product product = product(c, p.serial());
            if (product.customerId != p.customerId()) {
                throw new SQLException("not the customer's product: " + p.serial());
            }
            // the warranty terms table: read once and remembered, as the server's WarrantyTermTable does (issue 15.1)
            List<Object[]> terms = warrantyTerms;
            if (terms == null) {
                terms = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT id, category, model, product_use, component, months, "
                        + "version, created_at, created_by, updated_at, updated_by FROM warranty_term "
                        + "ORDER BY product_use, category, model, component");
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        terms.add(new Object[] {rs.getString("category"), rs.getString("model"),
                            rs.getString("product_use"), rs.getString("component"), rs.getInt("months")});
                    }
                }
                warrantyTerms = terms;
            }
            String contractEntitlement = null;
            try (PreparedStatement s = c.prepareStatement("SELECT id, contract_number, customer_id, kind, previous_id, "
                    + "start_date, end_date, stage, entitlement, fee_terms, response_hours, site, version, created_at, "
                    + "created_by, updated_at, updated_by FROM service_contract WHERE customer_id = ? AND start_date <= ? "
                    + "AND end_date >= ? ORDER BY end_date DESC")) {
                s.setLong(1, p.customerId());
                s.setObject(2, today);
                s.setObject(3, today);
                List<Long> contracts = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        contracts.add(rs.getLong("id"));
                        if (contractEntitlement == null) {
                            contractEntitlement = rs.getString("entitlement");
                        }
                    }
                }
                for (long contract : contracts) {
                    drain(c, "SELECT product_id FROM contract_product WHERE contract_id = ?", contract);
                }
            }
            String entitlement, reason;
            LocalDate until = product.warrantyStart().plusMonths(wholeUnitMonths(terms, product)).minusDays(1);
            if (contractEntitlement != null && !"PAID".equals(contractEntitlement)) {
                entitlement = contractEntitlement;
                reason = "entitlement.reason.contract|" + p.serial();
            } else if (!today.isAfter(until)) {
                entitlement = "FREE";
                reason = "entitlement.reason.inWarranty|" + until;
            } else {
                entitlement = "PAID";
                reason = "entitlement.reason.expired|" + until;
            }
            String model = product.model(); // the entitlement decision carries the model: no second read

            // DocumentNumbers.next: the counter exists (made in its own transaction), then locked until commit
            YearMonth month = YearMonth.from(now.atZone(zone));
            String counterKey = String.format("%s-%02d-%02d", jdbcDepartment, month.getYear() % 100, month.getMonthValue());
            if (!opened.contains(counterKey)) {
                open(counterKey);
            }
            long last, version;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT counter_key, last_value, version FROM document_counter WHERE counter_key = ? FOR UPDATE")) {
                s.setString(1, counterKey);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("no counter " + counterKey);
                    }
                    last = rs.getLong("last_value");
                    version = rs.getLong("version");
                }
            }
            // SlaCatalog#termsFor (the API reads it here, under the lock)
            try (PreparedStatement s = c.prepareStatement("SELECT fault_level, arrive_hours, created_at, created_by, "
                    + "resolve_hours, solution_hours, updated_at, updated_by, version FROM sla_term WHERE fault_level = ?")) {
                s.setString(1, fault);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                }
            }
            String number = String.format("%s-%02d", counterKey, last + 1);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE document_counter SET last_value = ?, version = ? WHERE counter_key = ? AND version = ?")) {
                s.setLong(1, last + 1);
                s.setLong(2, version + 1);
                s.setString(3, counterKey);
                s.setLong(4, version);
                if (s.executeUpdate() != 1) {
                    throw new SQLException("counter " + counterKey + " changed under its lock");
                }
            }
            Instant arriveBy = now.plus(Duration.ofHours("MAJOR".equals(fault) ? 48 : 24));
            long ticketId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO ticket (ticket_number, department, customer_id, "
                    + "customer_name, contact, phone, region, address, serial_number, model, channel, kind, fault_level, "
                    + "description, registered_at, wanted_at, status, entitlement, entitlement_reason, required_qualifications, "
                    + "technician, dispatcher, partner, cycle_start, arrive_by, solution_by, resolve_by, next_deadline, breaches, "
                    + "breached, version, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, NULL, 'REGISTERED', ?, ?, '', NULL, NULL, NULL, ?, ?, NULL, NULL, ?, '', false, 1, ?, ?, ?, ?) "
                    + "RETURNING id")) {
                int k = 1;
                s.setString(k++, number);
                s.setString(k++, jdbcDepartment);
                s.setLong(k++, p.customerId());
                s.setString(k++, name);
                s.setString(k++, contact);
                s.setString(k++, phone);
                s.setString(k++, region);
                s.setString(k++, address);
                s.setString(k++, p.serial());
                s.setString(k++, model);
                s.setString(k++, channel);
                s.setString(k++, kind);
                s.setString(k++, fault);
                s.setString(k++, desc);
                s.setTimestamp(k++, Timestamp.from(now));
                s.setString(k++, entitlement);
                s.setString(k++, reason);
                s.setTimestamp(k++, Timestamp.from(now));
                s.setTimestamp(k++, Timestamp.from(arriveBy));
                s.setTimestamp(k++, Timestamp.from(arriveBy));
                s.setTimestamp(k++, Timestamp.from(now));
                s.setString(k++, user);
                s.setTimestamp(k++, Timestamp.from(now));
                s.setString(k, user);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    ticketId = rs.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO ticket_event (ticket_id, event_type, happened_at, "
                    + "recorded_at, recorded_by, technician, note) VALUES (?, 'REGISTERED', ?, ?, ?, NULL, ?) RETURNING id")) {
                s.setLong(1, ticketId);
                s.setTimestamp(2, Timestamp.from(now));
                s.setTimestamp(3, Timestamp.from(now));
                s.setString(4, user);
                s.setString(5, desc);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                }
            }
            // AuditInterceptor: the CREATE line of the ticket, rendered as AuditListener does
            Map<String, String> state = new TreeMap<>();
            state.put("number", number);
            state.put("status", "REGISTERED");
            state.put("faultLevel", fault);
            state.put("description", desc);
            state.put("technician", "");
            state.put("entitlement", entitlement);
            state.put("wantedAt", "null");
            state.put("diagnosis", "");
            state.put("solution", "");
            state.put("workDone", "");
            state.put("partsUsed", "");
            state.put("hours", "");
            state.put("breaches", "");
            StringBuilder after = new StringBuilder();
            state.forEach((k, v) -> after.append(k).append('=').append(v).append('\n'));
            try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_entry (occurred_at, actor, action, entity_type, "
                    + "entity_id, before_state, after_state) VALUES (?, ?, 'CREATE', 'Ticket', ?, NULL, ?)")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setString(2, user);
                s.setString(3, String.valueOf(ticketId));
                s.setString(4, after.toString());
                s.executeUpdate();
            }
            // DomainEvents: the events go to the outbox with the ticket (TicketRegistered, and MajorFaultReported)
            List<Long> outbox = new ArrayList<>();
            for (String type : "MAJOR".equals(fault) ? List.of("TicketRegistered", "MajorFaultReported")
                    : List.of("TicketRegistered")) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO bench_outbox_event (event_id, event_type, payload, "
                        + "created_at) VALUES (?, ?, ?, ?) RETURNING id")) {
                    s.setString(1, java.util.UUID.randomUUID().toString());
                    s.setString(2, type);
                    s.setString(3, "{\"type\":\"" + type + "\",\"occurredAt\":\"" + now + "\",\"data\":{\"number\":\""
                            + number + "\",\"faultLevel\":\"" + fault + "\",\"kind\":\"ONSITE_REPAIR\"}}");
                    s.setTimestamp(4, Timestamp.from(now));
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        outbox.add(rs.getLong(1));
                    }
                }
            }
            c.commit();
            // EventRelay: after the commit, each event row is deleted in the transaction that sends it (no JMS here)
            for (Long id : outbox) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM bench_outbox_event WHERE id = ?")) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
                c.commit();
            }

            // IdempotencyStore.complete: its own transaction, one UPDATE with a response body the size of the API's
            try (PreparedStatement s = c.prepareStatement("UPDATE idempotency_record SET completed = true, status_code = 201, "
                    + "location = ?, content_type = 'application/json', response_body = ? WHERE id = ?")) {
                s.setString(1, url + "/api/v1/tickets/" + number);
                s.setString(2, responseBody(number, fault, entitlement, reason, desc));
                s.setLong(3, recordId);
                s.executeUpdate();
            }
            c.commit();
        }

        String sha256(String path, String body) {
            try {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(body.getBytes(StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(digest.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        String responseBody(String number, String fault, String entitlement, String reason, String desc) {
            StringBuilder b = new StringBuilder(String.format("{\"number\":\"%s\",\"status\":\"REGISTERED\",\"faultLevel\":\"%s\","
                    + "\"entitlement\":\"%s\",\"entitlementReason\":\"%s\",\"description\":\"%s\",\"events\":[]", number, fault,
                    entitlement, reason, desc));
            while (b.length() < responseSize - 2) {
                b.append(' ');
            }
            return b.append('}').toString();
        }

        /** DocumentNumbers.open: the month's counter, in a transaction of its own, if missing. */
        void open(String counterKey) throws SQLException {
            try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
                    PreparedStatement s = c.prepareStatement("INSERT INTO document_counter (counter_key, last_value, version) "
                            + "VALUES (?, 0, 1) ON CONFLICT (counter_key) DO NOTHING")) {
                s.setString(1, counterKey);
                s.executeUpdate();
            }
            opened.add(counterKey);
        }

        record Product(long customerId, String model, LocalDate factoryDate, LocalDate purchaseDate, String proof, String use,
                String category) {
            LocalDate warrantyStart() { // W2: the purchase date with proof, else the factory date plus 3 months
                return purchaseDate != null && !"NONE".equals(proof) ? purchaseDate : factoryDate.plusMonths(3);
            }
        }

        Product product(Connection c, String serial) throws SQLException {
            Product product;
            long productId;
            try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.customer_id, p.serial_number, p.model, p.category, "
                    + "p.colour, p.factory_date, p.purchase_date, p.proof_of_purchase, p.product_use, p.serial_status, "
                    + "p.purchase_record_altered, p.dealer, p.installation_address, p.remote_site, p.delivery_note, "
                    + "p.operating_hours, p.version, p.created_at, p.created_by, p.updated_at, p.updated_by, c.id, c.name, "
                    + "c.name_key, c.customer_type, c.contact, c.phone, c.phone_key, c.email, c.region, c.address, "
                    + "c.address_key, c.source, c.version, c.created_at, c.created_by, c.updated_at, c.updated_by "
                    + "FROM installed_product p JOIN customer c ON c.id = p.customer_id WHERE p.serial_number = ?")) {
                s.setString(1, serial);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("unknown serial " + serial);
                    }
                    productId = rs.getLong(1);
                    product = new Product(rs.getLong(2), rs.getString(4), rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10), rs.getString(5));
                }
            }
            drain(c, "SELECT product_id, component, months FROM warranty_commitment WHERE product_id = ?", productId);
            return product;
        }

        int wholeUnitMonths(List<Object[]> terms, Product product) {
            int best = -1, months = 12;
            for (Object[] t : terms) {
                if (!"WHOLE_UNIT".equals(t[3])) {
                    continue;
                }
                int score = (t[1] != null ? (t[1].equals(product.model()) ? 4 : -100) : 0)
                        + (t[0] != null ? (t[0].equals(product.category()) ? 2 : -100) : 0)
                        + (t[2] != null ? (t[2].equals(product.use()) ? 1 : -100) : 0);
                if (score > best) {
                    best = score;
                    months = (Integer) t[4];
                }
            }
            return months;
        }

        void drain(Connection c, String sql, long id) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
        }

        /** Each month of a department: count = distinct numbers = highest running number = the counter's last value. */
        boolean checkNumbers(String dept) throws SQLException {
            boolean ok = true;
            try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
                    PreparedStatement s = c.prepareStatement("SELECT m.counter_key, m.tickets, m.distinct_numbers, m.highest, "
                            + "dc.last_value FROM (SELECT substring(ticket_number FROM '^(.*)-[0-9]+$') AS counter_key, "
                            + "count(*) AS tickets, count(DISTINCT ticket_number) AS distinct_numbers, "
                            + "max(CAST(substring(ticket_number FROM '-([0-9]+)$') AS BIGINT)) AS highest "
                            + "FROM ticket WHERE department = ? GROUP BY 1) m "
                            + "LEFT JOIN document_counter dc ON dc.counter_key = m.counter_key ORDER BY 1")) {
                s.setString(1, dept);
                try (ResultSet rs = s.executeQuery()) {
                    boolean any = false;
                    while (rs.next()) {
                        any = true;
                        long tickets = rs.getLong(2), distinct = rs.getLong(3), highest = rs.getLong(4);
                        Long counter = rs.getObject(5) == null ? null : rs.getLong(5);
                        boolean good = tickets == distinct && tickets == highest && counter != null && counter == highest;
                        ok &= good;
                        System.out.printf("    %s: %d tickets, %d distinct numbers, highest running number %d, counter %s — %s%n",
                                rs.getString(1), tickets, distinct, highest, counter,
                                good ? "unique and gap-free" : "NOT unique and gap-free");
                    }
                    if (!any) {
                        System.out.printf("    %s: no tickets%n", dept);
                    }
                }
            }
            return ok;
        }
    }
}
