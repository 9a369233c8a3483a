import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Issue 15.3: writes N tickets with a realistic history straight into PostgreSQL by COPY, so that the
 * lists, the dispatch board, the home counters and the histories can be timed at 10 000, 100 000 and
 * 1 000 000 tickets.
 *
 * <p>What it writes, spread over the 36 months before today (Asia/Shanghai): customers (one per five
 * tickets) each with one installed product, so that a product has several tickets over the years; tickets
 * of departments YX (70 %) and GZ, numbered as T10 numbers them (department-yy-mm-running, gap-free per
 * month, continuing any counter already in {@code document_counter} and leaving the counter at the last
 * number written, so registrations through the API go on without a gap or a clash); 30 regions, 60
 * technicians, both fault levels, every service kind and channel; the status by age — tickets older than
 * 30 days are closed (93 %), cancelled (4 %) or accepted and not yet closed (3 %); younger ones are spread
 * over every open status, with SLA deadlines and the breached flag as the clock sets them; the events of
 * the path each ticket took (registered, dispatched, arrived, service recorded, resolved, accepted, closed
 * or cancelled) with their times; the service record on the ticket (diagnosis, solution, work done, parts,
 * hours) and a work entry per worked ticket (T11).
 *
 * <p>Rows carry {@code created_by = 'bench-gen'}; {@code --clear} removes what an earlier run wrote. The
 * identity sequences are moved past the ids written. One transaction per 20 000 tickets.
 *
 * <p>Usage: {@code java -cp postgresql.jar TicketGen.java --tickets N [--clear] [--seed S]} with
 * BENCH_JDBC_URL, BENCH_JDBC_USER, BENCH_JDBC_PASSWORD in the environment.
 */
public class TicketGen {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String BY = "bench-gen";
    static final int CHUNK = 20_000;
    static final String[] REGIONS = {
        "上海市浦东新区", "上海市闵行区", "江苏省南京市", "江苏省苏州市", "浙江省杭州市", "浙江省宁波市", "安徽省合肥市",
        "山东省济南市", "山东省青岛市", "北京市朝阳区", "北京市海淀区", "天津市南开区", "河北省石家庄市", "河南省郑州市",
        "湖北省武汉市", "湖南省长沙市", "广东省广州市", "广东省深圳市", "广东省佛山市", "福建省厦门市", "福建省福州市",
        "江西省南昌市", "四川省成都市", "重庆市渝北区", "陕西省西安市", "辽宁省沈阳市", "吉林省长春市", "黑龙江省哈尔滨市",
        "云南省昆明市", "广西南宁市"
    };
    static final String[] MODELS = {
        "KFR-35GW", "KFR-50LW", "KFR-72LW", "BCD-215", "BCD-470", "XQB80", "XQG100", "JSQ25-13", "CXW-200",
        "JZT-Q330", "GLR-12", "YJ-500", "DZ-3KW", "BX1-400", "ZX7-315", "WS-250"
    };
    static final String[] KINDS = {
        "ONSITE_REPAIR", "ONSITE_REPAIR", "ONSITE_REPAIR", "CARRY_IN_REPAIR", "INSTALLATION", "MAINTENANCE",
        "GUIDANCE", "PARTS_MAILING", "RETURN_EXCHANGE", "TRAINING"
    };
    static final String[] CHANNELS = {"PHONE", "PHONE", "PHONE", "WEB", "APP", "LETTER", "DEALER"};
    static final String[] FAULTS = {
        "不制冷", "漏水", "噪音大", "不通电", "显示故障代码 E1", "压缩机不启动", "排水不畅", "电机过热", "焊机不起弧", "遥控失灵"
    };

    final Connection db;
    final CopyManager copy;
    final Random random;
    final Instant now = Instant.now();
    final LocalDate today = LocalDate.now(ZONE);

    TicketGen(Connection db, long seed) throws SQLException {
        this.db = db;
        this.copy = db.unwrap(PGConnection.class).getCopyAPI();
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int tickets = 0;
        boolean clear = false;
        long seed = 15;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tickets" -> tickets = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--clear" -> clear = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        String url = System.getenv("BENCH_JDBC_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("BENCH_JDBC_URL must be a jdbc:postgresql: URL");
        }
        try (Connection db = DriverManager.getConnection(
                url, System.getenv("BENCH_JDBC_USER"), System.getenv("BENCH_JDBC_PASSWORD"))) {
            TicketGen gen = new TicketGen(db, seed);
            if (clear) {
                gen.clear();
            }
            if (tickets > 0) {
                gen.generate(tickets);
            }
            gen.summary();
        }
    }

    void clear() throws SQLException {
        long t0 = System.nanoTime();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM ticket_event WHERE recorded_by = '" + BY + "'");
            s.executeUpdate("DELETE FROM work_entry WHERE created_by = '" + BY + "'");
            s.executeUpdate("DELETE FROM ticket WHERE created_by = '" + BY + "'");
            s.executeUpdate("DELETE FROM installed_product WHERE created_by = '" + BY + "'");
            s.executeUpdate("DELETE FROM customer WHERE created_by = '" + BY + "'");
            // the counters go back to the last number left in the table (0 where none is)
            s.executeUpdate("UPDATE document_counter c SET last_value = COALESCE((SELECT MAX(CAST(SUBSTRING(t.ticket_number"
                    + " FROM LENGTH(c.counter_key) + 2) AS BIGINT)) FROM ticket t WHERE t.ticket_number LIKE c.counter_key || '-%'), 0)"
                    + " WHERE c.counter_key ~ '^(YX|GZ)-[0-9]{2}-[0-9]{2}$'");
        }
        db.commit();
        System.out.printf("==> cleared what bench-gen wrote (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    }

    void generate(int total) throws SQLException, IOException {
        long t0 = System.nanoTime();
        db.setAutoCommit(false);
        int customers = Math.max(1, total / 5);
        long firstCustomer = nextId("customer");
        long firstProduct = nextId("installed_product");
        long offset = count("SELECT COUNT(*) FROM customer WHERE created_by = '" + BY + "'"); // earlier runs' customers
        writeCustomers(firstCustomer, firstProduct, offset, customers);
        db.commit();
        System.out.printf("==> %d customers with one product each (%.1f s)%n", customers, (System.nanoTime() - t0) / 1e9);

        // tickets per month, growing a little over the three years, in time order within each month
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(35);
        double[] weight = new double[36];
        double sum = 0;
        for (int m = 0; m < 36; m++) {
            weight[m] = 1.0 + m / 35.0;
            sum += weight[m];
        }
        Map<String, Long> counters = counters();
        long ticketId = nextId("ticket");
        long eventId = nextId("ticket_event");
        long workId = nextId("work_entry");
        int written = 0;
        Chunk chunk = new Chunk();
        for (int m = 0; m < 36; m++) {
            YearMonth month = first.plusMonths(m);
            int count = m == 35 ? total - written : (int) Math.round(total * weight[m] / sum);
            count = Math.min(count, total - written);
            Instant from = month.atDay(1).atStartOfDay(ZONE).toInstant();
            Instant until = month.equals(last) ? now.minus(Duration.ofMinutes(5)) : month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
            long span = Math.max(1, until.getEpochSecond() - from.getEpochSecond());
            long[] seconds = new long[count];
            for (int i = 0; i < count; i++) {
                seconds[i] = from.getEpochSecond() + (long) (random.nextDouble() * span);
            }
            java.util.Arrays.sort(seconds);
            for (int i = 0; i < count; i++) {
                String dept = random.nextInt(10) < 7 ? "YX" : "GZ";
                String key = String.format("%s-%02d-%02d", dept, month.getYear() % 100, month.getMonthValue());
                long running = counters.merge(key, 1L, Long::sum);
                String number = key + "-" + String.format("%02d", running);
                long customer = random.nextInt(customers);
                ticket(chunk, ticketId++, number, dept, firstCustomer + customer, offset + customer,
                        Instant.ofEpochSecond(seconds[i]));
                eventId = chunk.flushEventIds(eventId);
                workId = chunk.flushWorkIds(workId);
                written++;
                if (chunk.tickets >= CHUNK) {
                    chunk.load();
                    saveCounters(counters);
                    db.commit();
                    chunk = new Chunk();
                    System.out.printf("    %,d tickets (%.1f s)%n", written, (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        chunk.load();
        saveCounters(counters);
        try (Statement s = db.createStatement()) {
            for (String table : List.of("customer", "installed_product", "ticket", "ticket_event", "work_entry")) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT MAX(id) FROM " + table + "))");
            }
        }
        db.commit();
        db.setAutoCommit(true);
        // VACUUM as autovacuum would soon: statistics for the planner, and the visibility map that lets
        // a count be answered from an index alone (migration 038) — a database in use has both
        try (Statement s = db.createStatement()) {
            for (String table : List.of("customer", "installed_product", "ticket", "ticket_event", "work_entry")) {
                s.execute("VACUUM (ANALYZE) " + table);
            }
        }
        System.out.printf("==> %,d tickets with events and work entries loaded with COPY (%.1f s)%n", written,
                (System.nanoTime() - t0) / 1e9);
    }

    /** One ticket, the path it took by its age, its events and work entry, appended to the chunk. */
    void ticket(Chunk c, long id, String number, String dept, long customerId, long customerIndex, Instant registered) {
        String region = REGIONS[(int) (customerIndex % REGIONS.length)];
        String model = MODELS[(int) (customerIndex % MODELS.length)];
        String serial = serial(customerIndex);
        String kind = KINDS[random.nextInt(KINDS.length)];
        boolean major = random.nextInt(10) == 0;
        String tech = String.format("gen.tech%02d", 1 + (int) ((customerIndex * 7 + random.nextInt(3)) % 60));
        Duration age = Duration.between(registered, now);
        long ageDays = age.toDays();
        // the status this ticket reached, by its age
        String status;
        int r = random.nextInt(100);
        if (ageDays > 30) {
            status = r < 93 ? "CLOSED" : r < 97 ? "CANCELLED" : "ACCEPTED";
        } else if (ageDays > 7) {
            status = r < 60 ? "CLOSED" : r < 70 ? "ACCEPTED" : r < 80 ? "RESOLVED" : r < 85 ? "SOLUTION_PROPOSED"
                    : r < 90 ? "ON_SITE" : r < 95 ? "DISPATCHED" : r < 98 ? "CANCELLED" : "REGISTERED";
        } else {
            status = r < 15 ? "CLOSED" : r < 25 ? "RESOLVED" : r < 35 ? "SOLUTION_PROPOSED" : r < 50 ? "ON_SITE"
                    : r < 75 ? "DISPATCHED" : r < 97 ? "REGISTERED" : "CANCELLED";
        }
        int order = order(status);
        boolean cancelled = status.equals("CANCELLED");
        int reached = cancelled ? random.nextInt(2) : order; // a cancelled ticket stopped after 0 or 1 step
        // SLA: 24/48/72 h (general) or 4/12/24 h (major) from registration
        Instant arriveBy = registered.plus(Duration.ofHours(major ? 4 : 24));
        Instant solutionBy = registered.plus(Duration.ofHours(major ? 12 : 48));
        Instant resolveBy = registered.plus(Duration.ofHours(major ? 24 : 72));
        boolean late = random.nextInt(100) < 12; // about one in eight misses a deadline
        Instant t = registered;
        Instant dispatched = null, arrived = null, solution = null, resolved = null, accepted = null, closed = null;
        List<String[]> events = new ArrayList<>();
        events.add(new String[] {"REGISTERED", ts(registered), null});
        if (reached >= 1) {
            dispatched = t = bounded(t.plus(minutes(20, 240)));
            events.add(new String[] {"DISPATCHED", ts(dispatched), tech});
        }
        if (reached >= 2) {
            arrived = t = bounded(t.plus(late ? Duration.ofHours(major ? 5 : 26) : minutes(60, major ? 180 : 1200)));
            events.add(new String[] {"ARRIVED", ts(arrived), tech});
        }
        if (reached >= 3) {
            solution = t = bounded(t.plus(minutes(20, 240)));
            events.add(new String[] {"SOLUTION_PROPOSED", ts(solution), tech});
        }
        if (reached >= 4) {
            resolved = t = bounded(t.plus(minutes(30, 600)));
            events.add(new String[] {"SERVICE_RECORDED", ts(resolved), tech});
            events.add(new String[] {"RESOLVED", ts(resolved), tech});
        }
        if (reached >= 5) {
            accepted = t = bounded(t.plus(minutes(60, 4320)));
            events.add(new String[] {"ACCEPTED", ts(accepted), null});
        }
        if (reached >= 6) {
            closed = t = bounded(t.plus(minutes(60, 2880)));
            events.add(new String[] {"CLOSED", ts(closed), null});
        }
        Instant cancelledAt = null;
        if (cancelled) {
            cancelledAt = t = bounded(t.plus(minutes(10, 600)));
            events.add(new String[] {"CANCELLED", ts(cancelledAt), null});
        }
        boolean open = !cancelled && !status.equals("CLOSED") && !status.equals("ACCEPTED");
        // the breaches the clock would have found: a deadline passed before its step (or now, if still open)
        List<String> breaches = new ArrayList<>();
        if (!cancelled) {
            if (after(arrived, arriveBy)) {
                breaches.add("ARRIVAL");
            }
            if (after(resolved, resolveBy)) {
                breaches.add("RESOLUTION");
            }
            if (after(solution, solutionBy)) {
                breaches.add("SOLUTION");
            }
        }
        java.util.Collections.sort(breaches);
        Instant next = null;
        if (open) {
            next = arrived == null ? arriveBy : solution == null ? solutionBy : resolveBy;
        }
        boolean worked = resolved != null;
        String fault = FAULTS[random.nextInt(FAULTS.length)];
        BigDecimal hours = worked ? BigDecimal.valueOf(5 + random.nextInt(60), 1) : null;
        Instant updated = t;
        StringBuilder row = c.ticketRows;
        row.append(id).append('\t').append(number).append('\t').append(dept).append('\t').append(customerId).append('\t')
                .append("客户").append(customerIndex + 1).append('\t').append("联系人").append('\t')
                .append(phone(customerIndex)).append('\t').append(region).append('\t').append(region).append("某路")
                .append(customerIndex % 300 + 1).append("号").append('\t').append(serial).append('\t').append(model)
                .append('\t').append(CHANNELS[random.nextInt(CHANNELS.length)]).append('\t').append(kind).append('\t')
                .append(major ? "MAJOR" : "GENERAL").append('\t').append(fault).append('\t').append(ts(registered))
                .append("\t\\N\t").append(status).append('\t').append(random.nextInt(10) < 7 ? "FREE" : "PAID")
                .append("\t\\N\t\t").append(reached >= 1 ? tech : "\\N").append('\t')
                .append(reached >= 1 ? "gen.dispatcher" : "\\N").append("\t\\N\t").append(ts(registered)).append('\t')
                .append(ts(dispatched)).append('\t').append(ts(arrived)).append('\t').append(ts(solution)).append('\t')
                .append(ts(resolved)).append('\t').append(ts(accepted)).append('\t').append(ts(closed)).append('\t')
                .append(ts(arriveBy)).append('\t').append(ts(solutionBy)).append('\t').append(ts(resolveBy)).append('\t')
                .append(ts(next)).append('\t').append(String.join(",", breaches)).append('\t')
                .append(breaches.isEmpty() ? "false" : "true").append('\t')
                .append(worked ? "检查发现" + fault : "\\N").append('\t').append(worked ? "更换损坏部件" : "\\N").append('\t')
                .append(worked ? "已修复并试机正常" : "\\N").append('\t').append(worked ? "配件 " + model + "-P1 x1" : "\\N")
                .append('\t').append(hours == null ? "\\N" : hours.toPlainString()).append('\t')
                .append(1 + events.size()).append('\t').append(ts(registered)).append('\t').append(BY).append('\t')
                .append(ts(updated)).append('\t').append(BY).append('\t').append(random.nextInt(80)).append('\n');
        for (String[] e : events) {
            c.pendingEvents.add(new String[] {Long.toString(id), e[0], e[1], e[2]});
        }
        if (worked) {
            c.pendingWork.add(new String[] {number, tech, LocalDate.ofInstant(resolved, ZONE).toString(), kind,
                hours.toPlainString(), ts(resolved)});
        }
        c.tickets++;
    }

    static int order(String status) {
        return switch (status) {
            case "REGISTERED", "CANCELLED" -> 0;
            case "DISPATCHED" -> 1;
            case "ON_SITE" -> 2;
            case "SOLUTION_PROPOSED" -> 3;
            case "RESOLVED" -> 4;
            case "ACCEPTED" -> 5;
            default -> 6; // CLOSED
        };
    }

    static boolean after(Instant done, Instant by) {
        return done != null && done.isAfter(by);
    }

    Instant bounded(Instant t) {
        return t.isAfter(now) ? now.minusSeconds(1 + random.nextInt(60)) : t;
    }

    Duration minutes(int min, int max) {
        return Duration.ofMinutes(min + random.nextInt(max - min + 1));
    }

    static String serial(long customerIndex) {
        return String.format("GEN%09d", customerIndex + 1);
    }

    static String phone(long customerIndex) {
        return String.format("139%08d", customerIndex + 1);
    }

    static String ts(Instant at) {
        return at == null ? "\\N" : LocalDateTime.ofInstant(at, ZoneId.systemDefault()).toString().replace('T', ' ');
    }

    /** Customers offset+0 … offset+customers-1 (names, phones and serials follow the index), ids from firstCustomer. */
    void writeCustomers(long firstCustomer, long firstProduct, long offset, int customers)
            throws SQLException, IOException {
        StringBuilder cs = new StringBuilder(customers * 200);
        StringBuilder ps = new StringBuilder(customers * 200);
        String at = ts(now.minus(Duration.ofDays(1100)));
        for (int k = 0; k < customers; k++) {
            long i = offset + k;
            String name = "客户" + (i + 1);
            String region = REGIONS[(int) (i % REGIONS.length)];
            String address = region + "某路" + (i % 300 + 1) + "号";
            cs.append(firstCustomer + k).append('\t').append(name).append('\t').append(name).append('\t')
                    .append(i % 10 == 0 ? "COMMERCIAL" : "HOUSEHOLD").append("\t联系人\t").append(phone(i)).append('\t')
                    .append(phone(i)).append("\t\\N\t").append(region).append('\t').append(address).append('\t')
                    .append(address).append("\t\\N\t0\t").append(at).append('\t').append(BY).append('\t').append(at)
                    .append('\t').append(BY).append('\n');
            LocalDate factory = today.minusDays(1200 - i % 100);
            ps.append(firstProduct + k).append('\t').append(firstCustomer + k).append('\t').append(serial(i)).append('\t')
                    .append(MODELS[(int) (i % MODELS.length)]).append("\t\\N\t\\N\t").append(factory).append('\t')
                    .append(factory.plusDays(30)).append("\tINVOICE\t").append(i % 10 == 0 ? "COMMERCIAL" : "HOUSEHOLD")
                    .append("\tOK\tfalse\t\\N\t").append(address).append("\tfalse\t\\N\t\\N\t0\t").append(at).append('\t')
                    .append(BY).append('\t').append(at).append('\t').append(BY).append('\n');
        }
        copy.copyIn("COPY customer (id, name, name_key, customer_type, contact, phone, phone_key, email, region, address,"
                + " address_key, source, version, created_at, created_by, updated_at, updated_by) FROM STDIN",
                new StringReader(cs.toString()));
        copy.copyIn("COPY installed_product (id, customer_id, serial_number, model, category, colour, factory_date,"
                + " purchase_date, proof_of_purchase, product_use, serial_status, purchase_record_altered, dealer,"
                + " installation_address, remote_site, delivery_note, operating_hours, version, created_at, created_by,"
                + " updated_at, updated_by) FROM STDIN", new StringReader(ps.toString()));
    }

    long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    long nextId(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Map<String, Long> counters() throws SQLException {
        Map<String, Long> map = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT counter_key, last_value FROM document_counter")) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getLong(2));
            }
        }
        return map;
    }

    void saveCounters(Map<String, Long> counters) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO document_counter (counter_key, last_value, version)"
                + " VALUES (?, ?, 0) ON CONFLICT (counter_key) DO UPDATE SET last_value = EXCLUDED.last_value,"
                + " version = document_counter.version + 1 WHERE document_counter.last_value < EXCLUDED.last_value")) {
            for (Map.Entry<String, Long> e : counters.entrySet()) {
                if (e.getKey().matches("(YX|GZ)-\\d{2}-\\d{2}")) {
                    ps.setString(1, e.getKey());
                    ps.setLong(2, e.getValue());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    void summary() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM ticket), (SELECT COUNT(*) FROM ticket_event),"
                        + " (SELECT COUNT(*) FROM work_entry), (SELECT COUNT(*) FROM customer),"
                        + " (SELECT COUNT(*) FROM ticket WHERE closed_at IS NULL AND status NOT IN ('CANCELLED')),"
                        + " (SELECT COUNT(*) FROM ticket WHERE breached)")) {
            rs.next();
            System.out.printf("==> database now: %,d tickets (%,d open, %,d breached), %,d events, %,d work entries,"
                    + " %,d customers%n", rs.getLong(1), rs.getLong(5), rs.getLong(6), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4));
        }
    }

    /** The rows of up to CHUNK tickets, loaded with three COPY statements. */
    final class Chunk {
        final StringBuilder ticketRows = new StringBuilder(CHUNK * 600);
        final StringBuilder eventRows = new StringBuilder(CHUNK * 6 * 80);
        final StringBuilder workRows = new StringBuilder(CHUNK * 120);
        final List<String[]> pendingEvents = new ArrayList<>();
        final List<String[]> pendingWork = new ArrayList<>();
        int tickets;

        long flushEventIds(long nextId) {
            for (String[] e : pendingEvents) {
                eventRows.append(nextId++).append('\t').append(e[0]).append('\t').append(e[1]).append('\t').append(e[2])
                        .append('\t').append(e[2]).append('\t').append(BY).append('\t')
                        .append(e[3] == null ? "\\N" : e[3]).append("\t\\N\n");
            }
            pendingEvents.clear();
            return nextId;
        }

        long flushWorkIds(long nextId) {
            for (String[] w : pendingWork) {
                workRows.append(nextId++).append('\t').append(w[0]).append('\t').append(w[1]).append('\t').append(w[2])
                        .append('\t').append(w[3]).append('\t').append(w[4]).append("\t0\t").append(w[5]).append('\t')
                        .append(BY).append('\t').append(w[5]).append('\t').append(BY).append('\n');
            }
            pendingWork.clear();
            return nextId;
        }

        void load() throws SQLException, IOException {
            if (tickets == 0) {
                return;
            }
            copy.copyIn("COPY ticket (id, ticket_number, department, customer_id, customer_name, contact, phone, region,"
                    + " address, serial_number, model, channel, kind, fault_level, description, registered_at, wanted_at,"
                    + " status, entitlement, entitlement_reason, required_qualifications, technician, dispatcher, partner,"
                    + " cycle_start, dispatched_at, arrived_at, solution_at, resolved_at, accepted_at, closed_at, arrive_by,"
                    + " solution_by, resolve_by, next_deadline, breaches, breached, diagnosis, solution, work_done, parts_used,"
                    + " work_hours, version, created_at, created_by, updated_at, updated_by, distance_km) FROM STDIN",
                    new StringReader(ticketRows.toString()));
            copy.copyIn("COPY ticket_event (id, ticket_id, event_type, happened_at, recorded_at, recorded_by, technician,"
                    + " note) FROM STDIN", new StringReader(eventRows.toString()));
            copy.copyIn("COPY work_entry (id, ticket_number, technician, work_date, category, hours, version, created_at,"
                    + " created_by, updated_at, updated_by) FROM STDIN", new StringReader(workRows.toString()));
        }
    }
}
