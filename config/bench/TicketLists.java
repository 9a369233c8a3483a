import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 15.3: times the ticket lists and the histories over HTTP, one client, as the screens ask for
 * them — all open tickets, one region, breached, due within two hours, one technician's, each sorted by
 * registration (newest first), first page and 50th page of 20 with the total; a customer's and a
 * product's history; a ticket and a customer read by key. Prints p50/p95/max per list and the size of
 * the database, so that runs at 10 000, 100 000 and 1 000 000 tickets can be put side by side.
 *
 * <p>Also: the same lists with the capped count the ticket list screen uses ("… capped": the API's
 * {@code totalLimit} = the setting tickets.list-count-limit, read by JDBC; the total column says
 * "N+" when the count stopped there), and two pages that have no API of their own, fetched over
 * HTTP with a session cookie of a form login as --user (the page's whole answer, HTML included):
 * the dispatch board {@code /dispatch.xhtml} (DispatchBoard.unassigned: the open unassigned
 * tickets by urgency, first page of 20 with its count, and the technicians' loads) and the home page
 * {@code /index.xhtml} (its ticket counters, TicketService.count: open, unassigned, breached, due
 * within 2 h — one count statement each).
 *
 * <p>The samples (a region, a technician, a customer with tickets, a serial) are picked from the data
 * written by {@code config/bench/tickets generate} through JDBC (BENCH_JDBC_URL/USER/PASSWORD); the
 * requests go to --url as --user (AFTERSALES_PASSWORD).
 */
public class TicketLists {

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8080/aftersales";
        String user = "admin";
        int reps = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--repetitions" -> reps = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        String region;
        String technician;
        String serial;
        long customerId;
        String number;
        long tickets;
        int countLimit = 10_000;
        try (Connection db = DriverManager.getConnection(System.getenv("BENCH_JDBC_URL"),
                        System.getenv("BENCH_JDBC_USER"), System.getenv("BENCH_JDBC_PASSWORD"));
                Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ticket")) {
                rs.next();
                tickets = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT region, technician, serial_number, customer_id, ticket_number"
                    + " FROM ticket WHERE created_by = 'bench-gen' AND technician IS NOT NULL ORDER BY id DESC LIMIT 1")) {
                if (!rs.next()) {
                    throw new IllegalStateException("no generated tickets: run config/bench/tickets generate N first");
                }
                region = rs.getString(1);
                technician = rs.getString(2);
                serial = rs.getString(3);
                customerId = rs.getLong(4);
                number = rs.getString(5);
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT setting_value FROM app_setting WHERE setting_key = 'tickets.list-count-limit'")) {
                if (rs.next()) {
                    countLimit = Integer.parseInt(rs.getString(1).trim());
                }
            }
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + System.getenv("AFTERSALES_PASSWORD")).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String api = url.replaceAll("/+$", "") + "/api/v1/";
        Map<String, String> lists = new LinkedHashMap<>();
        for (String cap : new String[] {"", "&totalLimit=" + countLimit}) {
            for (int page : new int[] {0, 49}) {
                String p = "page=" + page + "&size=20" + cap;
                String tag = (page == 0 ? " p1" : " p50") + (cap.isEmpty() ? "" : " capped");
                lists.put("open" + tag, "tickets?open=true&" + p);
                lists.put("all" + tag, "tickets?" + p);
                lists.put("region" + tag, "tickets?open=true&region=" + enc(region) + "&" + p);
                lists.put("breached" + tag, "tickets?open=true&breached=true&" + p);
                lists.put("due 2 h" + tag, "tickets?open=true&dueWithinMinutes=120&" + p);
                lists.put("technician" + tag, "tickets?technician=" + enc(technician) + "&" + p);
            }
        }
        lists.put("customer history", "tickets?customerId=" + customerId + "&page=0&size=20");
        lists.put("product history", "tickets?serialNumber=" + enc(serial) + "&page=0&size=20");
        lists.put("GET ticket", "tickets/" + enc(number));
        lists.put("GET customer", "customers/" + customerId);
        lists.put("dispatch board (page)", PAGE + "/dispatch.xhtml");
        lists.put("home counters (page)", PAGE + "/index.xhtml");
        String base = url.replaceAll("/+$", "");
        HttpClient pages = login(base, user, System.getenv("AFTERSALES_PASSWORD"));
        System.out.printf("==> %,d tickets in the database; %d repetitions each, 1 client; capped count at %,d"
                + " (tickets.list-count-limit); \"(page)\": the whole page over HTTP with a session cookie%n",
                tickets, reps, countLimit);
        System.out.printf("%-22s %8s %8s %8s %10s%n", "list", "p50 ms", "p95 ms", "max ms", "total");
        Pattern total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
        Pattern cappedAnswer = Pattern.compile("\"totalCapped\"\\s*:\\s*true");
        boolean failed = false;
        for (Map.Entry<String, String> e : lists.entrySet()) {
            boolean page = e.getValue().startsWith(PAGE);
            HttpRequest request = page
                    ? HttpRequest.newBuilder(URI.create(base + e.getValue().substring(PAGE.length())))
                            .timeout(Duration.ofSeconds(60)).GET().build()
                    : HttpRequest.newBuilder(URI.create(api + e.getValue()))
                            .header("Authorization", auth).header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(60)).GET().build();
            HttpClient client = page ? pages : http;
            List<Double> ms = new ArrayList<>();
            String count = "-";
            for (int r = 0; r < reps + 2; r++) {
                long t0 = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                double took = (System.nanoTime() - t0) / 1e6;
                if (response.statusCode() != 200) {
                    System.out.printf("%-22s HTTP %d %s%n", e.getKey(), response.statusCode(),
                            response.body().substring(0, Math.min(200, response.body().length())));
                    failed = true;
                    break;
                }
                if (r >= 2) { // two warm-up requests per list
                    ms.add(took);
                }
                Matcher m = total.matcher(response.body());
                if (m.find()) {
                    count = m.group(1) + (cappedAnswer.matcher(response.body()).find() ? "+" : "");
                }
            }
            if (!ms.isEmpty()) {
                ms.sort(Double::compare);
                System.out.printf("%-22s %8.1f %8.1f %8.1f %10s%n", e.getKey(), pct(ms, 50), pct(ms, 95),
                        ms.get(ms.size() - 1), count);
            }
        }
        System.exit(failed ? 1 : 0);
    }

    /** Marks a list entry that is a page of the web application, not an API call. */
    private static final String PAGE = "page:";

    private static final Pattern VIEW_STATE =
            Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

    /**
     * A client with the session cookie of a form login (the login page's view state and CSP nonce
     * posted back, as ear's WebSession does); redirects are not followed, so a page that sends back
     * to the login counts as an error.
     */
    static HttpClient login(String base, String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher state = VIEW_STATE.matcher(form);
        Matcher nonce = NONCE.matcher(form);
        if (!state.find() || !nonce.find()) {
            throw new IllegalStateException("no login form at " + base + "/login.xhtml");
        }
        String body = "loginForm=loginForm&loginForm%3Ausername=" + enc(user) + "&loginForm%3Apassword=" + enc(password)
                + "&loginForm%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1))
                + "&primefaces.nonce=" + enc(nonce.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login.xhtml")) {
            throw new IllegalStateException("form login of " + user + " failed: " + signedIn.statusCode() + " " + location);
        }
        return client;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
