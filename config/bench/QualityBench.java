import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.aftersales.domain.quality.KpiCounters;
import org.aftersales.domain.quality.KpiRules;
import org.aftersales.domain.quality.TicketHistory;
import org.aftersales.domain.tickets.ServiceKind;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The quality KPI benchmark (issue 14, performance): generate | sql | dashboard. See config/bench/quality.
 * Run with {@code java --source 17 -cp postgresql.jar:domain-model/target/classes config/bench/QualityBench.java MODE …}:
 * the facts' contributions are computed by the domain's own {@link KpiRules}, so the rollups written
 * are what the event consumer would have kept.
 */
public class QualityBench {

    static final int TICKETS = 1_000_000;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String[] DIMS = {"ALL", "MODEL", "REGION", "TECHNICIAN", "KIND", "LEVEL"};
    static final String[] COLS = {
        "closed", "first_time_fix", "repair_closed", "repeat_failures", "arrival_due", "arrival_met", "solution_due",
        "solution_met", "resolution_due", "resolution_met", "repaired", "repair_minutes", "surveys", "score_sum",
        "evaluations", "quality_sum", "attitude_sum", "complaints"
    };

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Map<String, String> opt = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        YearMonth last = YearMonth.parse(opt.getOrDefault("--month", YearMonth.now(ZONE).minusMonths(1).toString()));
        int reps = Integer.parseInt(opt.getOrDefault("--repetitions", "5"));
        switch (mode) {
            case "generate" -> generate(opt, last);
            case "sql" -> sql(opt, last, reps);
            case "dashboard" -> dashboard(opt, last, reps);
            default -> throw new IllegalArgumentException(mode);
        }
    }

    static Connection connect(Map<String, String> opt) throws Exception {
        return DriverManager.getConnection(
                opt.get("--jdbc-url"), opt.get("--jdbc-user"), System.getenv("BENCH_JDBC_PASSWORD"));
    }

    /** 1 000 000 closed tickets' facts over the 12 months ending with --month, and their daily rollups. */
    static void generate(Map<String, String> opt, YearMonth last) throws Exception {
        try (Connection c = connect(opt)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM kpi_ticket_fact WHERE ticket_number LIKE 'QB-%'")) {
                r.next();
                if (r.getLong(1) > 0) {
                    System.out.println("==> bench facts present (" + r.getLong(1) + "), nothing generated");
                    return;
                }
            }
            long t0 = System.nanoTime();
            Random random = new Random(14);
            LocalDate first = last.minusMonths(11).atDay(1);
            int days = (int) (last.atEndOfMonth().toEpochDay() - first.toEpochDay() + 1);
            ServiceKind[] kinds = ServiceKind.values();
            Map<String, long[]> rollups = new HashMap<>();
            StringBuilder facts = new StringBuilder(64 * 1024 * 1024);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 0; i < TICKETS; i++) {
                LocalDate day = first.plusDays(random.nextInt(days));
                Instant start = day.atTime(8, 0).atZone(ZONE).toInstant().minusSeconds(random.nextInt(3 * 86_400));
                Instant arriveBy = start.plusSeconds(24 * 3600);
                Instant arrived = start.plusSeconds(1800 + random.nextInt(30 * 3600));
                Instant solutionBy = arrived.plusSeconds(4 * 3600);
                Instant solution = arrived.plusSeconds(600 + random.nextInt(5 * 3600));
                Instant resolveBy = start.plusSeconds(36 * 3600);
                Instant resolved = solution.plusSeconds(600 + random.nextInt(8 * 3600));
                Instant closed = day.atTime(18, 0).atZone(ZONE).toInstant();
                if (!resolved.isBefore(closed)) {
                    resolved = closed.minusSeconds(60);
                }
                ServiceKind kind = random.nextInt(10) < 7 ? ServiceKind.ONSITE_REPAIR : kinds[random.nextInt(kinds.length)];
                String number = "QB-" + i;
                String model = "QB-M" + random.nextInt(50);
                String region = "QB-R" + random.nextInt(30);
                String technician = "qb.tech" + random.nextInt(200);
                String level = random.nextInt(5) == 0 ? "MAJOR" : "GENERAL";
                int reopenings = random.nextInt(20) == 0 ? 1 : 0;
                boolean repeat = KpiRules.isRepair(kind) && random.nextInt(25) == 0;
                Integer score = random.nextInt(3) == 0 ? 5 + random.nextInt(6) : null;
                Integer quality = random.nextInt(4) == 0 ? 6 + random.nextInt(5) : null;
                Integer attitude = quality == null ? null : 6 + random.nextInt(5);
                TicketHistory h = new TicketHistory(
                        number, "QB-SN" + random.nextInt(400_000), kind, start, reopenings, arriveBy, arrived, solutionBy,
                        solution, resolveBy, resolved, closed, score, quality, attitude);
                KpiCounters k = KpiRules.contribution(h, repeat);
                String[] keys = {"-", model, region, technician, kind.name(), level};
                for (int d = 0; d < DIMS.length; d++) {
                    add(rollups.computeIfAbsent(day + "|" + DIMS[d] + "|" + keys[d], x -> new long[COLS.length]), k);
                }
                facts.append(number).append('\t').append(h.serialNumber()).append('\t').append(model).append('\t')
                        .append(region).append('\t').append(technician).append('\t').append(kind).append('\t')
                        .append(level).append('\t').append(ts(start)).append('\t').append(reopenings).append('\t')
                        .append(ts(arriveBy)).append('\t').append(ts(arrived)).append('\t').append(ts(solutionBy))
                        .append('\t').append(ts(solution)).append('\t').append(ts(resolveBy)).append('\t')
                        .append(ts(resolved)).append('\t').append(ts(closed)).append('\t').append(day).append('\t')
                        .append(repeat ? 't' : 'f').append('\t').append(n(score)).append('\t').append(n(quality))
                        .append('\t').append(n(attitude)).append('\n');
                if (facts.length() > 32 * 1024 * 1024) {
                    copyFacts(copy, facts);
                }
            }
            copyFacts(copy, facts);
            StringBuilder daily = new StringBuilder();
            for (var e : rollups.entrySet()) {
                String[] id = e.getKey().split("\\|", 3);
                daily.append(e.getKey()).append('\t').append(id[0]).append('\t').append(id[1]).append('\t').append(id[2]);
                for (long v : e.getValue()) {
                    daily.append('\t').append(v);
                }
                daily.append('\n');
            }
            copy.copyIn(
                    "COPY kpi_daily (id, kpi_day, dimension, dim_key, " + String.join(", ", COLS) + ") FROM STDIN",
                    new StringReader(daily.toString()));
            c.commit();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("ANALYZE kpi_ticket_fact");
                s.execute("ANALYZE kpi_daily");
            }
            System.out.printf(
                    "==> %d facts and %d rollup rows (%s … %s) in %.1f s%n",
                    TICKETS, rollups.size(), first, last.atEndOfMonth(), (System.nanoTime() - t0) / 1e9);
        }
    }

    static void copyFacts(CopyManager copy, StringBuilder facts) throws Exception {
        copy.copyIn(
                "COPY kpi_ticket_fact (ticket_number, serial_number, model, region, technician, kind, fault_level,"
                        + " cycle_start, reopenings, arrive_by, arrived_at, solution_by, solution_at, resolve_by,"
                        + " resolved_at, closed_at, closed_day, repeat_failure, survey_score, eval_quality, eval_attitude)"
                        + " FROM STDIN NULL '\\N'",
                new StringReader(facts.toString()));
        facts.setLength(0);
    }

    static void add(long[] sum, KpiCounters k) {
        long[] v = {
            k.closed(), k.firstTimeFix(), k.repairClosed(), k.repeatFailures(), k.arrivalDue(), k.arrivalMet(),
            k.solutionDue(), k.solutionMet(), k.resolutionDue(), k.resolutionMet(), k.repaired(), k.repairMinutes(),
            k.surveys(), k.scoreSum(), k.evaluations(), k.qualitySum(), k.attitudeSum(), k.complaints()
        };
        for (int i = 0; i < v.length; i++) {
            sum[i] += v[i];
        }
    }

    static String ts(Instant i) {
        return java.time.LocalDateTime.ofInstant(i, java.time.ZoneOffset.UTC).toString().replace('T', ' ');
    }

    static String n(Integer v) {
        return v == null ? "\\N" : v.toString();
    }

    static final String SUMS_BY_KEY = "SELECT dim_key, SUM(closed), SUM(first_time_fix), SUM(arrival_met), SUM(arrival_due),"
            + " SUM(score_sum), SUM(surveys), SUM(complaints), SUM(repair_minutes), SUM(repaired), SUM(repeat_failures),"
            + " SUM(repair_closed), SUM(solution_met), SUM(solution_due), SUM(resolution_met), SUM(resolution_due),"
            + " SUM(evaluations), SUM(quality_sum), SUM(attitude_sum)"
            + " FROM kpi_daily WHERE dimension = ? AND kpi_day BETWEEN ? AND ? GROUP BY dim_key";

    /**
     * The dashboard's queries as {@code Kpis.report} and {@code Kpis.trend} issue them (the total, one
     * grouping, kind and level, the month-by-month trend) for the month and for the year, timed; and the
     * total checked against a count of the facts.
     */
    static void sql(Map<String, String> opt, YearMonth last, int reps) throws Exception {
        try (Connection c = connect(opt)) {
            for (String[] period : periods(last)) {
                LocalDate from = LocalDate.parse(period[1]);
                LocalDate to = LocalDate.parse(period[2]);
                for (String groupBy : new String[] {"MODEL", "REGION", "TECHNICIAN"}) {
                    List<Double> ms = new ArrayList<>();
                    long total = 0;
                    for (int r = 0; r <= reps; r++) {
                        long t0 = System.nanoTime();
                        total = sums(c, "ALL", from, to);
                        sums(c, groupBy, from, to);
                        sums(c, "KIND", from, to);
                        sums(c, "LEVEL", from, to);
                        try (PreparedStatement p = c.prepareStatement(SUMS_BY_KEY.replace("dim_key, SUM", "kpi_day, SUM")
                                .replace("GROUP BY dim_key", "AND dim_key = '-' GROUP BY kpi_day"))) {
                            p.setString(1, "ALL");
                            p.setObject(2, from);
                            p.setObject(3, to);
                            try (ResultSet rs = p.executeQuery()) {
                                while (rs.next()) {}
                            }
                        }
                        if (r > 0) {
                            ms.add((System.nanoTime() - t0) / 1e6);
                        }
                    }
                    long facts;
                    try (PreparedStatement p = c.prepareStatement(
                            "SELECT COUNT(*) FROM kpi_ticket_fact WHERE closed_day BETWEEN ? AND ?")) {
                        p.setObject(1, from);
                        p.setObject(2, to);
                        try (ResultSet rs = p.executeQuery()) {
                            rs.next();
                            facts = rs.getLong(1);
                        }
                    }
                    print("sql " + period[0] + " by " + groupBy, ms, total + " tickets, facts " + facts + (total == facts ? " OK" : " MISMATCH"));
                }
            }
        }
    }

    static long sums(Connection c, String dimension, LocalDate from, LocalDate to) throws Exception {
        long closed = 0;
        try (PreparedStatement p = c.prepareStatement(SUMS_BY_KEY)) {
            p.setString(1, dimension);
            p.setObject(2, from);
            p.setObject(3, to);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    closed += rs.getLong(2);
                }
            }
        }
        return closed;
    }

    /** GET /kpis for the month and the year, grouped three ways, timed end to end over HTTP. */
    static void dashboard(Map<String, String> opt, YearMonth last, int reps) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (opt.getOrDefault("--user", "admin") + ":" + System.getenv("AFTERSALES_PASSWORD")).getBytes(StandardCharsets.UTF_8));
        for (String[] period : periods(last)) {
            for (String groupBy : new String[] {"MODEL", "REGION", "TECHNICIAN"}) {
                List<Double> ms = new ArrayList<>();
                String body = "";
                for (int r = 0; r <= reps; r++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> resp = http.send(
                            HttpRequest.newBuilder(URI.create(opt.get("--url") + "/api/v1/kpis?from=" + period[1] + "&to="
                                            + period[2] + "&groupBy=" + groupBy))
                                    .header("Authorization", auth)
                                    .timeout(Duration.ofSeconds(60))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (resp.statusCode() != 200) {
                        throw new IllegalStateException(resp.statusCode() + " " + resp.body());
                    }
                    body = resp.body();
                    if (r > 0) {
                        ms.add((System.nanoTime() - t0) / 1e6);
                    }
                }
                // JSON-B writes the properties in name order: the period's own count is the last "tickets",
                // after the groups' (and the number of groups with it)
                String tickets = body.replaceAll("(?s).*\"tickets\":(\\d+).*", "$1");
                int groups = body.split("\"key\":", -1).length - 1;
                print("GET /kpis " + period[0] + " by " + groupBy, ms, tickets + " tickets, " + groups + " groups");
            }
        }
    }

    static List<String[]> periods(YearMonth last) {
        return List.of(
                new String[] {"month " + last, last.atDay(1).toString(), last.atEndOfMonth().toString()},
                new String[] {"year", last.minusMonths(11).atDay(1).toString(), last.atEndOfMonth().toString()});
    }

    static void print(String what, List<Double> ms, String note) {
        Collections.sort(ms);
        System.out.printf(
                "%-34s min %7.1f ms  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  n %d  (%s)%n",
                what, ms.get(0), percentile(ms, 50), percentile(ms, 95), ms.get(ms.size() - 1), ms.size(), note);
    }

    /** Nearest rank of sorted figures: the smallest value with at least p % of the figures at or below it. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
