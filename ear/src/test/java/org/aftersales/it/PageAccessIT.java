package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 10.3: every role × every page × every Faces suffix. The page rules are the security
 * constraints of web.xml, read from the source tree and applied the way the servlet specification
 * matches them (exact, longest path prefix, extension); the pages are the .xhtml files of the web
 * module. A page the rules refuse a role is never served to it, under any spelling; a page they
 * allow opens with .xhtml; /faces/…, ….jsf and ….faces are not Faces mappings at all (404), and
 * the templates, the includes and the raw Facelets source are never served.
 */
class PageAccessIT {

    private static final String PASSWORD = "correct horse battery";
    private static final List<String> ROLES = List.of(
            "AGENT", "DISPATCHER", "TECHNICIAN", "WAREHOUSE", "FINANCE", "QUALITY", "MANAGER", "ADMIN", "PARTNER");
    /** The servlets beside Faces that print a record: the same rules apply to them. */
    private static final List<String> SERVLETS = List.of(
            "/print/slip",
            "/print/sale",
            "/print/payment",
            "/print/dealer-return",
            "/print/service-record",
            "/print/dispatch-sheet",
            "/print/signature",
            "/print/carry-in/repair-tag",
            "/print/carry-in/pickup-receipt",
            "/print/approval",
            "/print/quote",
            "/print/charge-receipt",
            "/print/complaint",
            "/print/visit",
            "/print/info-form",
            "/print/training-sign-in",
            "/print/supplier-claim",
            "/print/cash-slip",
            "/print/expense-claim");

    private static final Path WEBAPP = webapp();

    private static final Map<String, WebSession> SESSIONS = new LinkedHashMap<>();
    private static final Map<String, Long> TIMES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Long> COUNTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static Rules rules;
    private static List<String> pages;
    private static List<String> hidden;

    @BeforeAll
    static void signInOnePerRole() throws Exception {
        rules = Rules.read(WEBAPP.resolve("WEB-INF/web.xml"));
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            List<String> all = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            pages = all.stream().filter(p -> !p.startsWith("/WEB-INF/")).toList();
            hidden = all.stream().filter(p -> p.startsWith("/WEB-INF/")).toList();
        }
        assertTrue(pages.size() > 20 && !hidden.isEmpty(), "the pages of the web module: " + pages + hidden);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Map<String, Future<WebSession>> logins = new LinkedHashMap<>();
            for (String role : ROLES) {
                logins.put(
                        role,
                        pool.submit(() -> role.equals("ADMIN")
                                ? WebSession.login("admin", Api.ADMIN_PASSWORD)
                                : WebSession.login(Api.createUser(role, PASSWORD), PASSWORD)));
            }
            for (var login : logins.entrySet()) {
                SESSIONS.put(login.getKey(), login.getValue().get());
            }
        } finally {
            pool.shutdown();
        }
        SESSIONS.put(null, WebSession.anonymous());
    }

    @AfterAll
    static void forget() {
        SESSIONS.clear();
    }

    @Test
    void everyRoleGetsExactlyThePagesTheRulesAllowUnderEverySpelling() throws Exception {
        List<Check> checks = new ArrayList<>();
        for (var session : SESSIONS.entrySet()) {
            String role = session.getKey();
            boolean anonymousOrAdmin = role == null || role.equals("ADMIN");
            for (String page : pages) {
                Access access = rules.access(page, role);
                // ADMIN opens every page in ScreensIT; here the others, whose EJB roles may be narrower
                if (!(access == Access.ALLOWED && "ADMIN".equals(role))) {
                    checks.add(new Check(role, session.getValue(), page, Spelling.XHTML));
                }
                // every spelling where the page is refused; where it is allowed, that the names are
                // no Faces mapping at all is shown once, by the role that may see every page
                if (access == Access.FORBIDDEN || access == Access.LOGIN || anonymousOrAdmin) {
                    for (Spelling other : List.of(Spelling.JSF, Spelling.FACES, Spelling.FACES_PREFIX)) {
                        checks.add(new Check(role, session.getValue(), page, other));
                    }
                }
            }
            for (String servlet : SERVLETS) {
                checks.add(new Check(role, session.getValue(), servlet, Spelling.AS_IS));
            }
            if (anonymousOrAdmin) { // WEB-INF is the container's, the same for every role
                for (String template : hidden) {
                    for (Spelling spelling :
                            List.of(Spelling.XHTML, Spelling.JSF, Spelling.FACES, Spelling.FACES_PREFIX)) {
                        checks.add(new Check(role, session.getValue(), template, spelling));
                    }
                }
            }
        }
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Check check : checks) {
                running.add(pool.submit(() -> {
                    long started = System.nanoTime();
                    String failure = check.run();
                    TIMES.merge(check.kind(), (System.nanoTime() - started) / 1_000_000L, Long::sum);
                    COUNTS.merge(check.kind(), 1L, Long::sum);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }));
            }
            for (Future<?> done : running) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("PageAccessIT: ms per kind " + TIMES + " requests " + COUNTS);
        Collections.sort(failures);
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + checks.size() + " requests broke the page rules:\n"
                        + String.join("\n", failures));
    }

    @Test
    void theFaceletsSourceIsNeverServedUnprocessed() {
        WebSession admin = SESSIONS.get("ADMIN");
        List<String> failures = new ArrayList<>();
        for (String probe : List.of(
                "/login.xhtml%20",
                "/login.xhtml.",
                "/login.xhtml/",
                "/login.XHTML",
                "/login.Xhtml",
                "/login.xhtml%2F",
                "/login.xhtml;.css",
                "/login.xhtml.css",
                "/resources/../login.xhtml",
                "/jakarta.faces.resource/login.xhtml",
                "/jakarta.faces.resource/login.xhtml.xhtml",
                "/jakarta.faces.resource/login.xhtml.xhtml?ln=..",
                "/jakarta.faces.resource/layout.xhtml.xhtml?ln=../WEB-INF/templates",
                "/jakarta.faces.resource/WEB-INF/web.xml.xhtml?ln=..",
                "/jakarta.faces.resource/web.xml.xhtml?ln=../WEB-INF",
                "/WEB-INF/web.xml",
                "/WEB-INF/faces-config.xml",
                "/META-INF/MANIFEST.MF")) {
            for (WebSession session : List.of(admin, SESSIONS.get(null))) {
                HttpResponse<String> answer = session.get(probe);
                String body = answer.body();
                boolean source = body.contains("xmlns:h=")
                        || body.contains("xmlns:ui=")
                        || body.contains("#{")
                        || body.contains("<web-app")
                        || body.contains("<faces-config");
                boolean hiddenFile = probe.contains("WEB-INF") || probe.contains("META-INF");
                if (source || hiddenFile && answer.statusCode() == 200) {
                    failures.add(probe + " (" + (session == admin ? "admin" : "anonymous") + ") → "
                            + answer.statusCode() + " " + body.substring(0, Math.min(120, body.length())));
                }
            }
        }
        assertTrue(failures.isEmpty(), "served unprocessed or at all:\n" + String.join("\n", failures));
    }

    /** How a page is asked for. */
    enum Spelling {
        XHTML,
        JSF,
        FACES,
        FACES_PREFIX,
        AS_IS;

        String path(String page) {
            String base = page.endsWith(".xhtml") ? page.substring(0, page.length() - ".xhtml".length()) : page;
            return switch (this) {
                case XHTML -> base + ".xhtml";
                case JSF -> base + ".jsf";
                case FACES -> base + ".faces";
                case FACES_PREFIX -> "/faces" + page;
                case AS_IS -> page;
            };
        }
    }

    private record Check(String role, WebSession session, String page, Spelling spelling) {

        String kind() {
            return spelling == Spelling.XHTML && !page.startsWith("/WEB-INF/")
                    ? rules.access(page, role).name()
                    : spelling.name();
        }

        /** The failure, or null when the answer keeps to the rules. */
        String run() {
            String path = spelling.path(page);
            HttpResponse<String> answer = session.get(path);
            int status = answer.statusCode();
            String location = answer.headers().firstValue("Location").orElse("");
            boolean toLogin = status == 302 && location.contains("/login.xhtml");
            String who = role == null ? "anonymous" : role;
            String seen = who + " " + path + " → " + status + (location.isEmpty() ? "" : " " + location);
            Access access = rules.access(page, role);
            if (page.startsWith("/WEB-INF/")) {
                return status == 404 || toLogin ? null : seen + " (templates and includes are never served)";
            }
            if (spelling == Spelling.AS_IS) { // the print servlets: refused, or (no record asked for) 404
                return switch (access) {
                    case ALLOWED, PUBLIC -> status == 403 || toLogin ? seen + " (the rules allow it)" : null;
                    case LOGIN -> toLogin || status == 401 ? null : seen + " (needs a login)";
                    case FORBIDDEN -> status == 403 ? null : seen + " (the rules refuse it)";
                };
            }
            if (spelling != Spelling.XHTML) { // not a Faces mapping: never served, whoever asks
                return status == 404 || status == 403 || toLogin ? null : seen + " (not a Faces mapping: 404)";
            }
            return switch (access) {
                case PUBLIC -> status == 200 ? null : seen + " (an open page)";
                case ALLOWED ->
                    status == 200 && !answer.body().contains("id=\"errorPage\"")
                            ? null
                            : seen + " (the rules allow it: the page should open)";
                case LOGIN -> toLogin ? null : seen + " (needs a login)";
                case FORBIDDEN -> status == 403 ? null : seen + " (the rules refuse it: 403)";
            };
        }
    }

    enum Access {
        PUBLIC,
        ALLOWED,
        LOGIN,
        FORBIDDEN
    }

    /**
     * The security constraints of web.xml and the servlet specification's matching (13.8.3): the
     * best-matching url-pattern decides (exact, then the longest /path/*, then *.extension); the
     * constraints naming that pattern combine — one without an auth-constraint opens it, an empty one
     * closes it, otherwise their roles join.
     */
    record Rules(Map<String, List<Set<String>>> byPattern) {

        static Rules read(Path webXml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(webXml.toFile());
            Map<String, List<Set<String>>> byPattern = new LinkedHashMap<>();
            NodeList constraints = document.getElementsByTagNameNS("*", "security-constraint");
            for (int i = 0; i < constraints.getLength(); i++) {
                Element constraint = (Element) constraints.item(i);
                NodeList auth = constraint.getElementsByTagNameNS("*", "auth-constraint");
                Set<String> roles = auth.getLength() == 0 ? null : texts((Element) auth.item(0), "role-name");
                for (String pattern : texts(constraint, "url-pattern")) {
                    byPattern.computeIfAbsent(pattern, p -> new ArrayList<>()).add(roles);
                }
            }
            return new Rules(byPattern);
        }

        Access access(String path, String role) {
            String best = bestPattern(path);
            if (best == null) {
                return Access.PUBLIC;
            }
            List<Set<String>> constraints = byPattern.get(best);
            if (constraints.stream().anyMatch(r -> r != null && r.isEmpty())) {
                return role == null ? Access.LOGIN : Access.FORBIDDEN;
            }
            if (constraints.stream().anyMatch(r -> r == null)) {
                return Access.PUBLIC;
            }
            if (role == null) {
                return Access.LOGIN;
            }
            boolean allowed = constraints.stream().anyMatch(r -> r.contains(role) || r.contains("*"));
            return allowed ? Access.ALLOWED : Access.FORBIDDEN;
        }

        private String bestPattern(String path) {
            if (byPattern.containsKey(path)) {
                return path;
            }
            String longest = null;
            for (String pattern : byPattern.keySet()) {
                if (pattern.endsWith("/*")) {
                    String prefix = pattern.substring(0, pattern.length() - 2);
                    if ((path.equals(prefix) || path.startsWith(prefix + "/"))
                            && (longest == null || prefix.length() > longest.length() - 2)) {
                        longest = pattern;
                    }
                }
            }
            if (longest != null) {
                return longest;
            }
            for (String pattern : byPattern.keySet()) {
                if (pattern.startsWith("*.") && path.endsWith(pattern.substring(1))) {
                    return pattern;
                }
            }
            return byPattern.containsKey("/") ? "/" : null;
        }

        private static Set<String> texts(Element parent, String tag) {
            NodeList nodes = parent.getElementsByTagNameNS("*", tag);
            Set<String> values = new TreeSet<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent().strip());
            }
            return values;
        }
    }

    private static Path webapp() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("web-module/src/main/webapp");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new UncheckedIOException(new IOException("web-module/src/main/webapp not found above " + here));
    }
}
