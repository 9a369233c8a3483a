package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.4 and 10.5 over HTTP: failed logins lock an account only for a while, each lock in a row
 * longer; a remembered (cached) Basic login forgets the failures before it; an unknown user, a wrong
 * password and a locked account get the very same 401; too many failures from one address are 429
 * with Retry-After for that address only; every attempt is one line of the server log; the password
 * policy's reasons come back beside the field; a password an administrator set must be changed first.
 *
 * <p>The failures are sent from their own loopback addresses (127.x.y.z, a socket bound to it), as
 * different clients would, so that the throttle per address never holds the other tests' calls from
 * 127.0.0.1.
 */
class LoginSecurityIT {

    private static final String PASSWORD = "login security it secret";
    /** Polls, bounded: the conditions here are timers on the server (a lock, a block, the log's writer). */
    private static final Duration TIMER_POLL = Duration.ofMillis(250);

    // ---- the lock --------------------------------------------------------------------------------

    @Test
    void fiveWrongPasswordsLockOnlyForAWhileAndEachLockInARowLastsLonger() {
        String username = Api.createUser("AGENT", PASSWORD);
        String client = address();
        // long enough that a slow machine still asks within the lock, short enough to wait for its end
        Map<String, String> before = settings("security.lockout.seconds", "10", "security.lockout.max-seconds", "600");
        try {
            Window first = fiveWrong(client, username, "wrong ");
            assertEquals(
                    401,
                    from(client, "GET", "/api/v1/me", basic(username, PASSWORD), null)
                            .status(),
                    "locked: even the right password is refused");
            first.assertLockedFor(username, Duration.ofSeconds(10));

            awaitUnlocked(username);
            assertEquals(
                    200,
                    from(client, "GET", "/api/v1/me", basic(username, PASSWORD), null)
                            .status(),
                    "the lock ended by itself, nobody unlocked it");

            fiveWrong(client, username, "wrong again ").assertLockedFor(username, Duration.ofSeconds(10));
            awaitUnlocked(username);
            // no successful login between this lock and the one before: twice as long
            fiveWrong(client, username, "and again ").assertLockedFor(username, Duration.ofSeconds(20));

            assertEquals(
                    200,
                    post("/api/v1/users/" + username + "/unlock", admin(), null).status(),
                    "an admin can unlock");
            assertEquals(
                    200,
                    from(client, "GET", "/api/v1/me", basic(username, PASSWORD), null)
                            .status());
        } finally {
            settings(before);
        }
    }

    /** When the fifth failure was sent and answered: the lock began in between. */
    private record Window(Instant sent, Instant answered) {
        void assertLockedFor(String username, Duration duration) {
            Instant until = lockedUntil(username);
            assertTrue(
                    !until.isBefore(sent.plus(duration)) && !until.isAfter(answered.plus(duration)),
                    "locked until " + until + ", expected " + duration + " after " + sent + "…" + answered);
        }
    }

    private static Window fiveWrong(String client, String username, String prefix) {
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    401,
                    from(client, "GET", "/api/v1/me", basic(username, prefix + i), null)
                            .status());
        }
        Instant sent = Instant.now();
        assertEquals(
                401,
                from(client, "GET", "/api/v1/me", basic(username, prefix + 4), null)
                        .status());
        return new Window(sent, Instant.now());
    }

    @Test
    void anAdministratorsLockHoldsUntilUnlocked() {
        String username = Api.createUser("AGENT", PASSWORD);
        assertEquals(200, get("/api/v1/me", basic(username, PASSWORD)).status());
        JsonObject locked =
                post("/api/v1/users/" + username + "/lock", admin(), null).json();
        assertTrue(locked.getBoolean("locked"));
        assertFalse(locked.containsKey("lockedUntil") && !locked.isNull("lockedUntil"), "not a temporary lock");
        assertEquals(401, get("/api/v1/me", basic(username, PASSWORD)).status(), "not even from the cache");
        assertEquals(
                200,
                post("/api/v1/users/" + username + "/unlock", admin(), null).status());
        assertEquals(200, get("/api/v1/me", basic(username, PASSWORD)).status());
    }

    @Test
    void anAdministratorsChangeOfRolesCountsAtTheVeryNextCallEvenFromTheCredentialCache() {
        // issue 15.2: a remembered caller's account is no longer read on every call, but every change counts at once
        String username = Api.createUser("AGENT", PASSWORD);
        Answer before = get("/api/v1/me", basic(username, PASSWORD));
        assertEquals(200, before.status(), before.body());
        assertEquals("[\"AGENT\"]", before.json().getJsonArray("roles").toString(), "remembered now, as an agent");
        JsonObject account = get("/api/v1/users/" + username, admin()).json();
        Answer changed = send("PUT", "/api/v1/users/" + username, admin(), """
                {"version":%d,"displayName":"测试用户","roles":["DISPATCHER"],"region":"天津"}""".formatted(
                        account.getJsonNumber("version").longValue()));
        assertEquals(200, changed.status(), changed.body());
        Answer after = get("/api/v1/me", basic(username, PASSWORD));
        assertEquals(200, after.status(), after.body());
        assertEquals("[\"DISPATCHER\"]", after.json().getJsonArray("roles").toString(), "not the remembered roles");
        assertEquals(403, get("/api/v1/users", basic(username, PASSWORD)).status(), "and no administrator");
    }

    @Test
    void aRememberedBasicLoginForgetsTheFailuresBeforeIt() {
        String username = Api.createUser("AGENT", PASSWORD);
        String client = address();
        assertEquals(
                200,
                from(client, "GET", "/api/v1/me", basic(username, PASSWORD), null)
                        .status(),
                "now remembered");
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    401,
                    from(client, "GET", "/api/v1/me", basic(username, "wrong " + i), null)
                            .status());
        }
        assertEquals(
                200,
                from(client, "GET", "/api/v1/me", basic(username, PASSWORD), null)
                        .status(),
                "answered from the credential cache");
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    401,
                    from(client, "GET", "/api/v1/me", basic(username, "wrong again " + i), null)
                            .status());
        }
        JsonObject account = get("/api/v1/users/" + username, admin()).json();
        assertFalse(account.getBoolean("locked"), "8 failures, but never 5 in a row: " + account);
        assertEquals(
                200,
                from(client, "GET", "/api/v1/me", basic(username, PASSWORD), null)
                        .status());
    }

    @Test
    void anUnknownUserAWrongPasswordAndALockedAccountGetTheSameAnswer() {
        String username = Api.createUser("AGENT", PASSWORD);
        String client = address();
        Reply unknown = from(client, "GET", "/api/v1/me", basic(unique("nobody"), PASSWORD), null);
        Reply wrong = from(client, "GET", "/api/v1/me", basic(username, "not the password"), null);
        post("/api/v1/users/" + username + "/lock", admin(), null);
        Reply locked = from(client, "GET", "/api/v1/me", basic(username, PASSWORD), null);
        for (Reply reply : new Reply[] {unknown, wrong, locked}) {
            assertEquals(401, reply.status(), reply.body());
            assertTrue(
                    reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
            assertNotNull(reply.header("WWW-Authenticate"));
        }
        assertEquals(unknown.body(), wrong.body());
        assertEquals(wrong.body(), locked.body());
        assertEquals(wrong.header("WWW-Authenticate"), locked.header("WWW-Authenticate"));
        assertFalse(
                locked.body().contains("锁")
                        || locked.body().toLowerCase(Locale.ROOT).contains("lock"),
                locked.body());
    }

    // ---- the throttle per address -----------------------------------------------------------------

    @Test
    void tooManyFailuresFromOneAddressAre429WithRetryAfterForThatAddressOnly() {
        String username = Api.createUser("AGENT", PASSWORD);
        String attacker = address();
        String colleague = address();
        Map<String, String> before =
                settings("security.throttle.failures", "3", "security.throttle.block-seconds", "8");
        try {
            for (int i = 0; i < 4; i++) { // three are allowed; the fourth is one too many
                assertEquals(
                        401,
                        from(attacker, "GET", "/api/v1/me", basic(unique("spray"), "Summer2026!"), null)
                                .status());
            }
            Reply refused = from(attacker, "GET", "/api/v1/me", basic(username, PASSWORD), null);
            assertEquals(429, refused.status(), refused.body());
            assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
            int retryAfter = Integer.parseInt(refused.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 9, "Retry-After " + retryAfter);
            assertEquals(429, refused.json().getInt("status"));

            assertEquals(
                    200,
                    from(colleague, "GET", "/api/v1/me", basic(username, PASSWORD), null)
                            .status(),
                    "another address is not held, nor is the account");
            assertFalse(get("/api/v1/users/" + username, admin()).json().getBoolean("locked"));

            await("the block ends by itself")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(TIMER_POLL)
                    .until(() -> from(attacker, "GET", "/api/v1/me", basic(username, PASSWORD), null)
                                    .status()
                            == 200);
        } finally {
            settings(before);
        }
    }

    // ---- the log ---------------------------------------------------------------------------------

    @Test
    void everyLoginSuccessAndFailureIsOneLogLineWithoutThePassword() {
        String username = Api.createUser("AGENT", PASSWORD);
        String client = address();
        from(client, "GET", "/api/v1/me", basic(username, "Tr0ub4dor&3-logged?"), null);
        from(client, "GET", "/api/v1/me", basic(username, PASSWORD), null);
        String ghost = unique("ghost");
        from(client, "GET", "/api/v1/me", basic(ghost, PASSWORD), null);
        Path log = Path.of(System.getProperty("it.home"), "domains", "aftersales", "logs", "server.log");
        String failure =
                "login outcome=failure reason=bad-password channel=basic user=" + username + " address=" + client;
        String success = "login outcome=success reason=password channel=basic user=" + username + " address=" + client;
        String unknown = "login outcome=failure reason=unknown-user channel=basic user=" + ghost + " address=" + client;
        await("the log is written")
                .atMost(Duration.ofSeconds(15))
                .pollInterval(TIMER_POLL)
                .until(() -> read(log).contains(unknown));
        String text = read(log);
        assertTrue(text.contains(failure), failure);
        assertTrue(text.contains(success), success);
        assertFalse(text.contains("Tr0ub4dor&3-logged?") || text.contains(PASSWORD), "never the password");
    }

    @Test
    void concurrentCallsWithCredentialsNotYetRememberedMakeOnePasswordCheck() throws Exception {
        // issue 15.2: when a busy client's credentials were not (or no longer) remembered, its concurrent calls
        // each made the slow password check, one after the other on the locked account row (8 s for 20 calls)
        String username = Api.createUser("AGENT", PASSWORD);
        int calls = 8;
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return get("/api/v1/me", basic(username, PASSWORD));
                }));
            }
            start.countDown();
            for (Future<Answer> answer : answers) {
                Answer a = answer.get(60, TimeUnit.SECONDS);
                assertEquals(200, a.status(), a.body());
                assertEquals(username, a.json().getString("username"), a.body());
            }
        } finally {
            pool.shutdownNow();
        }
        String marker = unique("ghost");
        get("/api/v1/me", basic(marker, PASSWORD)); // logged after the eight: once it is there, so are they
        Path log = Path.of(System.getProperty("it.home"), "domains", "aftersales", "logs", "server.log");
        await("the log is written")
                .atMost(Duration.ofSeconds(15))
                .pollInterval(TIMER_POLL)
                .until(() -> read(log).contains("user=" + marker + " "));
        String checked = "login outcome=success reason=password channel=basic user=" + username + " ";
        assertEquals(1, read(log).split(java.util.regex.Pattern.quote(checked), -1).length - 1, "password checks");
    }

    // ---- the password policy ---------------------------------------------------------------------

    @Test
    void aCommonATooLongOrAUsernameLikePasswordIs422WithTheReasonBesideTheField() {
        String username = unique("pw");
        assertPasswordRefused(username, "password123!", "太常见");
        assertPasswordRefused(username, "woaini1314520", "太常见");
        assertPasswordRefused(username, "Vq8!rLm3#tZp".repeat(11).substring(0, 129), "最多 128 个字符");
        assertPasswordRefused(username, username + "-Rocket-42", "用户名");
        assertPasswordRefused(username, "Xq7#mKp2", "至少需要 10 个字符");
        Answer english = send(
                "POST", "/api/v1/users", admin(), newUser(username, "password123!", null), "Accept-Language", "en");
        assertEquals(422, english.status());
        assertTrue(english.body().contains("too common"), english.body());
        assertEquals(404, get("/api/v1/users/" + username, admin()).status(), "nothing was created");

        String longest = "Vq8!rLm3#tZp".repeat(11).substring(0, 128);
        Answer created = post("/api/v1/users", admin(), newUser(username, longest, false));
        assertEquals(201, created.status(), created.body());
        assertEquals(200, get("/api/v1/me", basic(username, longest)).status(), "128 characters are fine");
    }

    // ---- the forced change -----------------------------------------------------------------------

    @Test
    void aPasswordAnAdministratorSetMustBeChangedBeforeAnythingElse() {
        String username = unique("new");
        Answer created = post("/api/v1/users", admin(), newUser(username, PASSWORD, null));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.json().getBoolean("mustChangePassword"), "temporary unless said otherwise");

        Answer refused = get("/api/v1/me", basic(username, PASSWORD));
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertTrue(refused.json().getString("type").endsWith("/password-change-required"), refused.body());
        assertEquals("须先修改密码", refused.json().getString("title"));
        assertEquals(403, get("/api/v1/tickets", basic(username, PASSWORD)).status(), "every other call too");

        String mine = "my own long pass phrase 7";
        Answer wrongCurrent = post("/api/v1/me/password", basic(username, PASSWORD), ownPassword("not it", mine));
        assertEquals(422, wrongCurrent.status(), wrongCurrent.body());
        assertEquals("currentPassword", field(wrongCurrent));
        Answer unchanged = post("/api/v1/me/password", basic(username, PASSWORD), ownPassword(PASSWORD, PASSWORD));
        assertEquals(422, unchanged.status(), unchanged.body());
        assertEquals("newPassword", field(unchanged));
        Answer common = post("/api/v1/me/password", basic(username, PASSWORD), ownPassword(PASSWORD, "password123!"));
        assertEquals(422, common.status(), common.body());
        assertEquals("newPassword", field(common));
        assertTrue(common.body().contains("太常见"), common.body());

        Answer changed = post("/api/v1/me/password", basic(username, PASSWORD), ownPassword(PASSWORD, mine));
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, get("/api/v1/me", basic(username, PASSWORD)).status(), "the old one is gone");
        assertEquals(200, get("/api/v1/me", basic(username, mine)).status());
        assertFalse(get("/api/v1/users/" + username, admin()).json().getBoolean("mustChangePassword"));

        Answer reset =
                post("/api/v1/users/" + username + "/password", admin(), "{\"password\":\"reset by the admin 42\"}");
        assertEquals(200, reset.status(), reset.body());
        assertTrue(reset.json().getBoolean("mustChangePassword"), "a reset is temporary too");
        assertEquals(
                403, get("/api/v1/me", basic(username, "reset by the admin 42")).status());
        assertEquals(401, get("/api/v1/me", basic(username, mine)).status());

        Answer service = post(
                "/api/v1/users/" + username + "/password",
                admin(),
                "{\"password\":\"a system account secret\",\"temporaryPassword\":false}");
        assertFalse(service.json().getBoolean("mustChangePassword"), "unless the administrator says otherwise");
        assertEquals(
                200,
                get("/api/v1/me", basic(username, "a system account secret")).status());
    }

    @Test
    void theSettingsAreListedAndChangedByAnAdministratorOnly() {
        Answer list = get("/api/v1/settings", admin());
        assertEquals(200, list.status(), list.body());
        JsonObject threshold = setting(list.json(), "security.lockout.threshold");
        assertTrue(threshold.getString("description").contains("锁定"), "described in Chinese: " + threshold);
        for (String key : new String[] {
            "security.lockout.seconds",
            "security.lockout.max-seconds",
            "security.throttle.failures",
            "security.throttle.window-seconds",
            "security.throttle.block-seconds",
            "security.password.min-score"
        }) {
            assertFalse(setting(list.json(), key).getString("description").isBlank(), key);
        }
        String agent = Api.createUser("AGENT", PASSWORD);
        assertEquals(403, get("/api/v1/settings", basic(agent, PASSWORD)).status());
        Answer notANumber = send("PUT", "/api/v1/settings/security.lockout.seconds", admin(), """
                {"version":%d,"value":"soon"}""".formatted(
                        setting(list.json(), "security.lockout.seconds")
                                .getJsonNumber("version")
                                .longValue()));
        assertEquals(422, notANumber.status(), notANumber.body());
        Answer stale = send("PUT", "/api/v1/settings/security.lockout.seconds", admin(), """
                {"version":%d,"value":"900"}""".formatted(-1));
        assertEquals(409, stale.status(), stale.body());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static void assertPasswordRefused(String username, String password, String reason) {
        Answer answer = post("/api/v1/users", admin(), newUser(username, password, null));
        assertEquals(422, answer.status(), answer.body());
        assertEquals("password", field(answer));
        String message = answer.json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(message.contains(reason), message);
    }

    private static String newUser(String username, String password, Boolean temporary) {
        return Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "安全测试")
                .add("password", password)
                .add("roles", Json.createArrayBuilder().add("AGENT"))
                .add(
                        "temporaryPassword",
                        temporary == null
                                ? jakarta.json.JsonValue.NULL
                                : temporary ? jakarta.json.JsonValue.TRUE : jakarta.json.JsonValue.FALSE)
                .build()
                .toString();
    }

    private static String ownPassword(String current, String next) {
        return Json.createObjectBuilder()
                .add("currentPassword", current)
                .add("newPassword", next)
                .build()
                .toString();
    }

    private static String field(Answer answer) {
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static JsonObject setting(JsonObject list, String key) {
        return list.getJsonArray("items").stream()
                .map(v -> (JsonObject) v)
                .filter(s -> s.getString("key").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no setting " + key));
    }

    /** Sets settings (key, value, key, value …); returns their values before, to put back. */
    private static Map<String, String> settings(String... keyValues) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            wanted.put(keyValues[i], keyValues[i + 1]);
        }
        return settings(wanted);
    }

    private static Map<String, String> settings(Map<String, String> wanted) {
        Map<String, String> before = new HashMap<>();
        JsonObject list = get("/api/v1/settings", admin()).json();
        wanted.forEach((key, value) -> {
            JsonObject current = setting(list, key);
            before.put(key, current.getString("value"));
            Answer changed = send("PUT", "/api/v1/settings/" + key, admin(), """
                    {"version":%d,"value":"%s"}""".formatted(
                            current.getJsonNumber("version").longValue(), value));
            assertEquals(200, changed.status(), changed.body());
        });
        return before;
    }

    private static Instant lockedUntil(String username) {
        JsonObject account = get("/api/v1/users/" + username, admin()).json();
        assertTrue(account.getBoolean("locked"), account.toString());
        return Instant.parse(account.getString("lockedUntil"));
    }

    private static void awaitUnlocked(String username) {
        await(username + " unlocks by itself")
                .atMost(Duration.ofSeconds(40))
                .pollInterval(TIMER_POLL)
                .until(() -> !get("/api/v1/users/" + username, admin()).json().getBoolean("locked"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** A loopback address of its own (127.x.y.z): a client of its own as far as the server can tell. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(2, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(1, 250);
    }

    record Reply(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    /**
     * One HTTP/1.0 request over a socket bound to {@code localAddress} (java.net.http cannot choose
     * the source address on Java 17). HTTP/1.0: the answer is not chunked and the connection closes.
     */
    static Reply from(String localAddress, String method, String path, String authorization, String json) {
        URI base = URI.create(Api.BASE);
        int port = base.getPort();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method)
                    .append(' ')
                    .append(base.getPath())
                    .append(path)
                    .append(" HTTP/1.0\r\nHost: 127.0.0.1:")
                    .append(port)
                    .append("\r\nAccept: application/json\r\n");
            if (authorization != null) {
                head.append("Authorization: ").append(authorization).append("\r\n");
            }
            if (json != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ")
                        .append(body.length)
                        .append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end).split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, answer.substring(end + 4));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLoopbackClientHelperReallyComesFromItsOwnAddress() {
        // guards the premise of the throttle tests: the server sees the bound address
        String client = address();
        String ghost = unique("probe");
        from(client, "GET", "/api/v1/me", basic(ghost, "x"), null);
        Path log = Path.of(System.getProperty("it.home"), "domains", "aftersales", "logs", "server.log");
        await("the server logs the attempt from " + client)
                .atMost(Duration.ofSeconds(15))
                .pollInterval(TIMER_POLL)
                .until(() -> read(log).contains("user=" + ghost + " address=" + client));
    }
}
