import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 15.2: the two reads by key — {@code GET /api/v1/tickets/{number}} and
 * {@code GET /api/v1/customers/{id}} — under N concurrent clients, each beside the same SQL statements
 * sent by plain JDBC with the same concurrency, in one run.
 *
 * <p>Samples (ticket numbers, customer ids) are picked by JDBC (BENCH_JDBC_URL/USER/PASSWORD); the
 * requests go to --url as --user (AFTERSALES_PASSWORD, basic auth), N clients each with its own
 * HTTP/1.1 keep-alive connection. The JDBC side runs N threads, each with its own connection and its
 * prepared statements, and sends per read exactly the statements PostgreSQL's statement log showed
 * for one request of that read (see {@link #TICKET_SQL} and {@link #CUSTOMER_SQL}), reading every row
 * and column; the connection pool's validation {@code SELECT 1} is left out.
 *
 * <p>The HTTP side is {@link LeanHttp} (one socket per client, keep-alive, the whole answer read) rather
 * than the JDK's {@code HttpClient}, which took 1.2 ms of CPU per request on this shared 2-core machine,
 * as much as the server's own work for a read, on the same two cores. The bench prints its own CPU per
 * request beside the server's, so that a reader sees what the client took from the server.
 */
public class TicketReads {

    static final int SHOWN_ERRORS = 5;

    /**
     * GET /tickets/{number} as PostgreSQL's statement log showed it (2026-12-06, log_min_duration_statement=0, one
     * request, the pool's validation SELECT 1 before each statement left out): the ticket by number, its history, its
     * signature, its installation checks (T12; since issue 15.2 for installation tickets only), each in auto-commit
     * (no BEGIN). Not the caller's account: since issue 15.2 (session f) the server reads it again only when an account
     * changed or 15 s passed, not per call (the log of three calls in a row showed it before the first only).
     */
    static final String[] TICKET_SQL = {
        "SELECT ID, accepted_at, address, alerted_deadline, alerted_stage, arrive_by, arrived_at, breached, breaches, channel,"
                + " closed_at, contact, created_at, created_by, customer_id, customer_name, cycle_start, department, description,"
                + " diagnosis, dispatched_at, dispatcher, distance_km, entitlement, entitlement_reason, fault_level, work_hours,"
                + " kind, model, next_deadline, ticket_number, partner, parts_used, phone, pickup_code, region, registered_at,"
                + " required_qualifications, resolve_by, resolved_at, serial_number, solution, solution_at, solution_by, status,"
                + " technician, updated_at, updated_by, version, wanted_at, work_done FROM ticket WHERE (ticket_number = ?)",
        "SELECT ID, happened_at, recorded_by, note, recorded_at, technician, event_type, ticket_id FROM ticket_event"
                + " WHERE (ticket_id = ?) ORDER BY ID",
        "SELECT ticket_id, recorded_by, signed_at, signed_by FROM ticket_signature WHERE (ticket_id = ?)",
        "SELECT t0.passed, t0.check_item FROM ticket_installation_check t0 WHERE (t0.ticket_id = ?)",
    };

    /** The index of the installation checks in {@link #TICKET_SQL}: sent for installation tickets only. */
    static final int CHECKS = 3;

    /**
     * GET /customers/{id}, likewise: the customer with its contacts in one statement (issue 15.2; before, the
     * caller's account, the customer by id and then its contacts: 3 statements).
     */
    static final String[] CUSTOMER_SQL = {
        "SELECT t1.ID, t1.address, t1.address_key, t1.contact, t1.created_at, t1.created_by, t1.email, t1.name, t1.name_key,"
                + " t1.partner, t1.phone, t1.phone_key, t1.region, t1.source, t1.customer_type, t1.updated_at, t1.updated_by,"
                + " t1.version, t0.name, t0.phone, t0.title, t0.position FROM customer t1 LEFT OUTER JOIN customer_contact t0"
                + " ON (t0.customer_id = t1.ID) WHERE (t1.ID = ?)",
    };

    void ticketStatements(PreparedStatement[] ps, Sample t) throws SQLException {
        ps[0].setString(1, t.key());
        long id;
        try (ResultSet rs = ps[0].executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no ticket " + t.key());
            }
            int columns = rs.getMetaData().getColumnCount();
            for (int c = 1; c <= columns; c++) {
                rs.getObject(c);
            }
            id = rs.getLong(1);
        }
        for (int k = 1; k < ps.length; k++) {
            if (k == CHECKS && !"INSTALLATION".equals(t.kind())) {
                continue; // T12: the server reads the checks of installation tickets only (issue 15.2)
            }
            ps[k].setLong(1, id);
            drain(ps[k]);
        }
    }

    void customerStatements(PreparedStatement[] ps, Sample c) throws SQLException {
        ps[0].setLong(1, c.id());
        if (drain(ps[0]) < 1) {
            throw new SQLException("no customer " + c.id());
        }
    }

    static final class Run {
        final long[] nanos;
        final AtomicInteger errors = new AtomicInteger();
        final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        long wallNanos;

        Run(int n) {
            nanos = new long[n];
        }

        void fail(String what) {
            errors.incrementAndGet();
            if (firstErrors.size() < SHOWN_ERRORS) {
                firstErrors.add(what.length() > 300 ? what.substring(0, 300) + "…" : what);
            }
        }
    }

    interface Task {
        void run(int worker, int index, Run run) throws Exception;
    }

    final String url;
    final String authHeader;
    final int clients;
    final int requests;
    final int warmup;
    final String user;
    final String jdbcUrl = System.getenv("BENCH_JDBC_URL");
    final String jdbcUser = System.getenv("BENCH_JDBC_USER");
    final String jdbcPassword = System.getenv("BENCH_JDBC_PASSWORD");
    final LeanHttp[] http;
    /** --server-pid: the server's process on this machine, whose CPU time per request is printed (robust to a busy machine). */
    final String serverPid;
    final List<Sample> tickets = new ArrayList<>();
    final List<Sample> customers = new ArrayList<>();

    /** A ticket (number, id, kind) or a customer (id, id): what each request and its statements need. */
    record Sample(String key, long id, String kind) {}

    TicketReads(Map<String, String> opts) {
        url = opts.getOrDefault("url", "http://localhost:8080/aftersales").replaceAll("/+$", "");
        user = opts.getOrDefault("user", "admin");
        String password = System.getenv("AFTERSALES_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("set AFTERSALES_PASSWORD (the password of " + user + ")");
        }
        if (jdbcUrl == null || jdbcUrl.isEmpty()) {
            throw new IllegalArgumentException("set AFTERSALES_DB_URL (or --jdbc-url): samples and the baseline need the database");
        }
        authHeader = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        clients = positive(opts, "clients", 20);
        requests = positive(opts, "requests", 2000);
        warmup = Integer.parseInt(opts.getOrDefault("warmup", "500"));
        serverPid = opts.get("server-pid");
        http = new LeanHttp[clients];
        for (int i = 0; i < clients; i++) {
            http[i] = new LeanHttp(url);
        }
    }

    static int positive(Map<String, String> opts, String name, int fallback) {
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
                System.err.println("TicketReads: bad argument " + args[i]);
                System.exit(2);
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        try {
            System.exit(new TicketReads(opts).main());
        } catch (IllegalArgumentException e) {
            System.err.println("TicketReads: " + e.getMessage());
            System.exit(2);
        }
    }

    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
        c.setAutoCommit(true); // the server's reads send no BEGIN either
        return c;
    }

    int main() throws Exception {
        pickSamples();
        System.out.printf("==> %d ticket and %d customer samples; %d clients, %d requests each GET (warm-up %d),"
                + " HTTP/1.1 keep-alive, basic auth as %s%n", tickets.size(), customers.size(), clients, requests, warmup, user);
        boolean ok = floor();
        ok &= compare("GET /tickets/{number}", tickets, "/api/v1/tickets/", TICKET_SQL, this::ticketStatements);
        ok &= compare("GET /customers/{id}", customers, "/api/v1/customers/", CUSTOMER_SQL, this::customerStatements);
        return ok ? 0 : 1;
    }

    /**
     * The container's floor: {@code GET /api/v1/me} (who the caller is) with the same clients and the same basic auth
     * — the HTTP server, the authentication (its account re-check included), the role check, JAX-RS and JSON, but no
     * business read. No read by key can be cheaper than this; what the two reads cost above it is theirs.
     */
    boolean floor() throws Exception {
        System.out.printf("==> floor: GET /me (authentication, role check, JAX-RS, JSON; no business read)%n");
        return api(List.of(new Sample("", 0, null)), "/api/v1/me").errors.get() == 0;
    }

    /** The API side of one GET: warm-up, then the measured run with the server's and this bench's CPU per request. */
    Run api(List<Sample> samples, String path) throws Exception {
        if (warmup > 0) {
            Run w = measure(warmup, clients, httpGet(samples, path));
            System.out.printf("    API warm-up: %d requests, %d errors%n", warmup, w.errors.get());
        }
        long cpu0 = serverCpuMillis();
        long own0 = ownCpuMillis();
        Run api = measure(requests, clients, httpGet(samples, path));
        long cpu1 = serverCpuMillis();
        long own1 = ownCpuMillis();
        report("API ", api, requests);
        if (cpu0 >= 0 && cpu1 >= 0) {
            System.out.printf("    API  server CPU %.2f ms per request (process %s, user + system); this bench's own CPU %.2f ms per request%n",
                    (cpu1 - cpu0) / (double) requests, serverPid, (own1 - own0) / (double) requests);
        }
        return api;
    }

    /** This bench's own CPU time in ms (its HTTP clients share the machine with the server). */
    static long ownCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    void pickSamples() throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword); Statement s = db.createStatement()) {
            // spread over the whole table, at most 500 each, in random order
            try (ResultSet rs = s.executeQuery("SELECT ticket_number, id, kind FROM ticket"
                    + " WHERE id % GREATEST(1, (SELECT COUNT(*) FROM ticket) / 500) = 0 LIMIT 500")) {
                while (rs.next()) {
                    tickets.add(new Sample(rs.getString(1), rs.getLong(2), rs.getString(3)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id FROM customer"
                    + " WHERE id % GREATEST(1, (SELECT COUNT(*) FROM customer) / 500) = 0 LIMIT 500")) {
                while (rs.next()) {
                    customers.add(new Sample(String.valueOf(rs.getLong(1)), rs.getLong(1), null));
                }
            }
        }
        if (tickets.isEmpty() || customers.isEmpty()) {
            throw new IllegalArgumentException("no tickets or no customers in the database: run config/bench/tickets generate N first");
        }
        Collections.shuffle(tickets);
        Collections.shuffle(customers);
    }

    interface Statements {
        void run(PreparedStatement[] ps, Sample sample) throws SQLException;
    }

    boolean compare(String name, List<Sample> samples, String path, String[] sql, Statements statements) throws Exception {
        System.out.printf("==> %s%n", name);
        Run api = api(samples, path);
        Connection[] connections = new Connection[clients];
        PreparedStatement[][] prepared = new PreparedStatement[clients][];
        Run jdbc;
        try {
            for (int c = 0; c < clients; c++) {
                connections[c] = connect();
                prepared[c] = new PreparedStatement[sql.length];
                for (int k = 0; k < sql.length; k++) {
                    prepared[c][k] = connections[c].prepareStatement(sql[k]);
                }
            }
            Task task = (worker, i, run) -> {
                Sample sample = samples.get(ThreadLocalRandom.current().nextInt(samples.size()));
                long t0 = System.nanoTime();
                try {
                    statements.run(prepared[worker], sample);
                } catch (SQLException e) {
                    run.fail(e.getSQLState() + " " + e.getMessage());
                }
                run.nanos[i] = System.nanoTime() - t0;
            };
            if (warmup > 0) {
                Run w = measure(warmup, clients, task);
                System.out.printf("    JDBC warm-up: %d reads, %d errors%n", warmup, w.errors.get());
            }
            jdbc = measure(requests, clients, task);
        } finally {
            for (Connection c : connections) {
                if (c != null) {
                    c.close();
                }
            }
        }
        report("JDBC", jdbc, requests);
        System.out.printf("    (JDBC: the %d statements the server sends for this read; not sent: the pool's validation SELECT 1 before each)%n",
                sql.length);
        System.out.printf("    ratio API/JDBC throughput: %.3f   p95 API %.1f ms (goal < 20 ms), ratio goal >= 0.5%n",
                rate(api, requests) / rate(jdbc, requests), percentile(api, 0.95));
        return api.errors.get() == 0 && jdbc.errors.get() == 0;
    }

    Task httpGet(List<Sample> samples, String path) {
        return (worker, i, run) -> {
            Sample sample = samples.get(ThreadLocalRandom.current().nextInt(samples.size()));
            String target = path + URLEncoder.encode(sample.key(), StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            LeanHttp.Reply r;
            try {
                r = http[worker].get(target, authHeader);
            } catch (IOException e) {
                run.nanos[i] = System.nanoTime() - t0;
                run.fail("I/O: " + e);
                return;
            }
            run.nanos[i] = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                run.fail(r.statusCode() + " " + r.body());
            } else if (!r.body().contains(sample.key())) { // the object asked for, not another
                run.fail("200 without " + sample.key() + ": " + r.body());
            }
        };
    }

    /** User + system CPU time of --server-pid in ms from /proc (Linux), or -1 without it. */
    long serverCpuMillis() {
        if (serverPid == null) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", serverPid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime in ticks of 10 ms
        } catch (IOException | RuntimeException e) {
            System.out.println("    (no CPU time of process " + serverPid + ": " + e + ")");
            return -1;
        }
    }

    /** Executes a prepared query and reads every column of every row, as a mapper would; the row count. */
    static int drain(PreparedStatement ps) throws SQLException {
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rows++;
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        }
        return rows;
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
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            pool.shutdownNow();
            throw new IllegalStateException("run did not finish within an hour");
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

    static void report(String who, Run run, int n) {
        System.out.printf("    %s requests=%d errors=%d time=%.1f s throughput=%.1f req/s  p50=%.1f p95=%.1f p99=%.1f max=%.1f ms%n",
                who, n, run.errors.get(), run.wallNanos / 1e9, rate(run, n), percentile(run, 0.50), percentile(run, 0.95),
                percentile(run, 0.99), percentile(run, 1.0));
        if (run.errors.get() > 0) {
            run.firstErrors.forEach(e -> System.out.println("      " + e.replace("\n", " ")));
        }
    }
}
