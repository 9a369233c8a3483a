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

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/** The partner API's shared conventions (../shared/API.md) against the running application. */
class ApiIT {

    private static final String PASSWORD = "correct horse battery";

    private static Set<String> errorFields(Answer answer) {
        return answer.json().getJsonArray("errors").stream()
                .map(v -> ((JsonObject) v).getString("field"))
                .collect(Collectors.toSet());
    }

    private static void assertProblem(Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"));
        assertNotNull(problem.getString("title"));
        assertNotNull(problem.getString("type"));
        assertFalse(answer.body().contains("Exception"), "no stack traces or exception names: " + answer.body());
    }

    @Test
    void healthIsUpWithoutLogin() {
        Answer health = get("/api/v1/health", null);
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.json().getString("status"));
        assertEquals("UP", health.json().getJsonObject("checks").getString("database"));
        assertEquals("UP", health.json().getJsonObject("checks").getString("jms"));
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndWithBadOnes401Too() {
        Answer none = post("/api/v1/users", null, "{}");
        assertProblem(none, 401);
        assertNotNull(none.header("WWW-Authenticate"));
        assertProblem(get("/api/v1/users/admin", basic("admin", "wrong password")), 401);
        assertProblem(get("/api/v1/me", "Bearer ask_not-a-real-key"), 401);
    }

    @Test
    void adminCreatesAUserThatCanThenCallTheApiWithItsOwnRolesOnly() {
        String username = unique("tech");
        Answer created = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"李四","password":"%s","roles":["TECHNICIAN"],
                 "region":"天津","qualifications":["ELECTRICIAN"],"temporaryPassword":false}""".formatted(username, PASSWORD));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/api/v1/users/" + username), created.header("Location"));
        JsonObject user = created.json();
        assertEquals(username, user.getString("username"));
        assertEquals("李四", user.getString("displayName"));
        assertEquals("TECHNICIAN", user.getJsonArray("roles").getString(0));
        assertEquals("ELECTRICIAN", user.getJsonArray("qualifications").getString(0));
        assertFalse(
                created.body().contains(PASSWORD)
                        || created.body().toLowerCase().contains("hash"),
                "never the password or its hash");

        Answer read = get("/api/v1/users/" + username, admin());
        assertEquals(200, read.status());
        assertEquals("天津", read.json().getString("region"));

        Answer me = get("/api/v1/me", basic(username, PASSWORD));
        assertEquals(200, me.status(), me.body());
        assertEquals(username, me.json().getString("username"));
        assertEquals(
                Set.of("TECHNICIAN"),
                me.json().getJsonArray("roles").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .collect(Collectors.toSet()));
        assertProblem(post("/api/v1/users", basic(username, PASSWORD), "{}"), 403);
        assertProblem(get("/api/v1/users/" + username, basic(username, PASSWORD)), 403);
    }

    @Test
    void invalidInputIs422WithTheFieldsAndCreatesNothing() {
        Answer empty = post("/api/v1/users", admin(), "{\"username\":\"Bad Name\",\"password\":\"x\"}");
        assertProblem(empty, 422);
        assertTrue(errorFields(empty).containsAll(Set.of("username", "displayName", "roles")), empty.body());

        String username = unique("v");
        Answer badRole = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"王五","password":"%s","roles":["JANITOR"]}""".formatted(username, PASSWORD));
        assertProblem(badRole, 422);
        assertEquals(Set.of("roles"), errorFields(badRole));

        Answer shortPassword = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"王五","password":"short","roles":["AGENT"]}""".formatted(username));
        assertProblem(shortPassword, 422);
        assertEquals(Set.of("password"), errorFields(shortPassword));
        assertProblem(get("/api/v1/users/" + username, admin()), 404);

        String taken = Api.createUser("AGENT", PASSWORD);
        Answer duplicate = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"王五","password":"%s","roles":["AGENT"]}""".formatted(taken, PASSWORD));
        assertProblem(duplicate, 422);
        assertEquals(Set.of("username"), errorFields(duplicate));
    }

    @Test
    void errorMessagesFollowAcceptLanguageChineseByDefault() {
        String body = "{\"username\":\"x y\",\"displayName\":\"a\",\"password\":\"p\",\"roles\":[\"AGENT\"]}";
        Answer chinese = post("/api/v1/users", admin(), body);
        assertEquals("输入有误", chinese.json().getString("title"));
        Answer english = send("POST", "/api/v1/users", admin(), body, "Accept-Language", "en");
        assertEquals("Invalid input", english.json().getString("title"));
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(post("/api/v1/users", admin(), "{\"username\": "), 400);
        assertProblem(post("/api/v1/users", admin(), "{\"username\": [1,2], \"roles\": 5}"), 400);
    }

    @Test
    void unknownIdIs404AndUnknownPathIs404() {
        assertProblem(get("/api/v1/users/" + unique("nobody"), admin()), 404);
        assertProblem(get("/api/v1/no-such-thing", admin()), 404);
    }

    @Test
    void aStaleVersionIs409AndChangesNothing() {
        String username = Api.createUser("AGENT", PASSWORD);
        long version = get("/api/v1/users/" + username, admin())
                .json()
                .getJsonNumber("version")
                .longValue();
        Answer first = send("PUT", "/api/v1/users/" + username, admin(), """
                {"version":%d,"displayName":"第一次","roles":["AGENT"],"region":"北京"}""".formatted(version));
        assertEquals(200, first.status(), first.body());
        Answer stale = send("PUT", "/api/v1/users/" + username, admin(), """
                {"version":%d,"displayName":"过期的修改","roles":["ADMIN"],"region":"上海"}""".formatted(version));
        assertProblem(stale, 409);
        JsonObject now = get("/api/v1/users/" + username, admin()).json();
        assertEquals("第一次", now.getString("displayName"));
        assertEquals("北京", now.getString("region"));
        assertEquals("AGENT", now.getJsonArray("roles").getString(0));
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameAndCreatesNothingNew() {
        String key = unique("idem-");
        String username = unique("i");
        String body = """
                {"username":"%s","displayName":"赵六","password":"%s","roles":["AGENT"]}""".formatted(username, PASSWORD);
        Answer first = post("/api/v1/users", admin(), body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        Answer again = post("/api/v1/users", admin(), body, "Idempotency-Key", key);
        assertEquals(201, again.status(), again.body());
        assertEquals(first.json(), again.json());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("true", again.header("Idempotent-Replayed"));

        String other = body.replace(username, unique("j"));
        assertProblem(post("/api/v1/users", admin(), other, "Idempotency-Key", key), 422);
    }

    @Test
    void aFailedRequestKeepsNothingSoItsKeyCanBeRetried() {
        String key = unique("retry-");
        String username = unique("r");
        Answer failed = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"钱七","password":"short","roles":["AGENT"]}""".formatted(username), "Idempotency-Key", key);
        assertProblem(failed, 422);
        Answer fixed = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"钱七","password":"%s","roles":["AGENT"]}""".formatted(username, PASSWORD), "Idempotency-Key", key);
        assertEquals(201, fixed.status(), fixed.body());
    }

    @Test
    void listsArePagedWithItemsAndTotalAndSizeAtMost500() {
        Api.createUser("AGENT", PASSWORD);
        Answer page = get("/api/v1/users?page=0&size=1", admin());
        assertEquals(200, page.status(), page.body());
        assertEquals(1, page.json().getJsonArray("items").size());
        assertTrue(page.json().getJsonNumber("total").longValue() >= 2);
        assertProblem(get("/api/v1/users?size=501", admin()), 422);
        assertProblem(get("/api/v1/users?page=-1", admin()), 422);
    }

    @Test
    void aPartnerKeyWorksAsBearerWithThePartnerRoleOnlyUntilRevoked() {
        String partner = Api.createUser("PARTNER", PASSWORD);
        Answer issued = post("/api/v1/api-keys", admin(), """
                {"name":"经销商系统","principal":"%s"}""".formatted(partner));
        assertEquals(201, issued.status(), issued.body());
        String secret = issued.json().getString("secret");
        long id = issued.json().getJsonNumber("id").longValue();
        assertFalse(get("/api/v1/api-keys", admin()).body().contains(secret), "the secret is shown once only");

        Answer me = get("/api/v1/me", "Bearer " + secret);
        assertEquals(200, me.status(), me.body());
        assertEquals(partner, me.json().getString("username"));
        assertEquals("PARTNER", me.json().getJsonArray("roles").getString(0));
        assertEquals(1, me.json().getJsonArray("roles").size());
        assertProblem(post("/api/v1/users", "Bearer " + secret, "{}"), 403);

        assertEquals(
                200, send("DELETE", "/api/v1/api-keys/" + id, admin(), null).status());
        assertProblem(get("/api/v1/me", "Bearer " + secret), 401);
    }

    @Test
    void repeatedFailedLoginsLockTheAccountAndNotifyTheAdministrators() {
        String username = Api.createUser("AGENT", PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertProblem(get("/api/v1/me", basic(username, "wrong password " + i)), 401);
        }
        assertProblem(get("/api/v1/me", basic(username, PASSWORD)), 401);
        assertTrue(get("/api/v1/users/" + username, admin()).json().getBoolean("locked"));

        // the event travels through JMS: poll, bounded
        await("the administrators are notified through the events topic")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> get("/api/v1/notifications?size=100", admin()).json().getJsonArray("items").stream()
                        .map(v -> (JsonObject) v)
                        .anyMatch(n -> n.getString("messageKey").equals("notification.accountLocked")
                                && n.getJsonArray("args").getString(0).equals(username)));

        assertEquals(
                200,
                post("/api/v1/users/" + username + "/unlock", admin(), null).status());
        assertEquals(200, get("/api/v1/me", basic(username, PASSWORD)).status());
    }

    @Test
    void everyChangeIsInTheAuditLogWithBeforeAndAfter() {
        String username = Api.createUser("AGENT", PASSWORD);
        JsonObject user = get("/api/v1/users/" + username, admin()).json();
        long version = user.getJsonNumber("version").longValue();
        assertEquals(
                200,
                send("PUT", "/api/v1/users/" + username, admin(), """
                {"version":%d,"displayName":"改过的名字","roles":["AGENT","DISPATCHER"]}""".formatted(version))
                        .status());
        String id = String.valueOf(findUserId(username));
        Answer audit = get("/api/v1/audit?entityType=UserAccount&entityId=" + id, admin());
        assertEquals(200, audit.status(), audit.body());
        var lines = audit.json().getJsonArray("items");
        assertEquals(2, lines.size(), audit.body());
        JsonObject create = lines.getJsonObject(0);
        JsonObject update = lines.getJsonObject(1);
        assertEquals("CREATE", create.getString("action"));
        assertEquals("admin", create.getString("actor"));
        assertEquals("UPDATE", update.getString("action"));
        assertTrue(update.getString("before").contains("displayName=测试用户"), update.toString());
        assertTrue(update.getString("after").contains("displayName=改过的名字"), update.toString());
        assertTrue(update.getString("after").contains("roles=AGENT,DISPATCHER"), update.toString());
        assertFalse(audit.body().contains("PBKDF2"), "no password hashes in the audit log");
    }

    private static long findUserId(String username) {
        Answer audit = get("/api/v1/audit?size=200", admin());
        return audit.json().getJsonArray("items").stream()
                .map(v -> (JsonObject) v)
                .filter(l -> l.getString("entityType").equals("UserAccount")
                        && l.getString("action").equals("CREATE")
                        && l.getString("after").contains("username=" + username + "\n"))
                .mapToLong(l -> Long.parseLong(l.getString("entityId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CREATE line for " + username));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Answer openapi = send("GET", "/api/v1/openapi", admin(), null, "Accept", "application/yaml");
        assertEquals(200, openapi.status(), openapi.body());
        assertTrue(openapi.contentType().startsWith("application/yaml"), openapi.contentType());
        // every path the API serves is in the document
        for (String path : new String[] {
            "/health",
            "/me",
            "/users",
            "/users/{username}",
            "/users/{username}/password",
            "/users/{username}/lock",
            "/users/{username}/unlock",
            "/api-keys",
            "/api-keys/{id}",
            "/notifications",
            "/audit",
            "/openapi"
        }) {
            assertTrue(openapi.body().contains("\n  " + path + ":"), path);
        }
    }

    @Test
    void pagesNeedALoginAndCarrySecurityHeaders() {
        Answer home = get("/index.xhtml", null);
        assertEquals(302, home.status());
        assertTrue(home.header("Location").contains("/login.xhtml"), home.header("Location"));
        Answer login = get("/login.xhtml", null);
        assertEquals(200, login.status());
        assertEquals("nosniff", login.header("X-Content-Type-Options"));
        assertEquals("DENY", login.header("X-Frame-Options")); // issue 10.9: never framed (CSP frame-ancestors 'none')
        assertTrue(login.body().contains("售后服务管理系统"), "Chinese by default");
        assertProblem(get("/api/v1/users", basic("admin", "wrong")), 401);
    }
}
