package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.8 and 10.9, the application's part: the idempotency key covers the query string, the
 * session cookie is SameSite=Strict, every page carries a complete CSP and HSTS over HTTPS, and the
 * OpenAPI document needs a login (the health check does not).
 */
class WebHardeningIT {

    private static final String PASSWORD = "correct horse battery";

    // --- 10.8 the idempotency key is bound to method, path, query string and body ---

    @Test
    void anIdempotencyKeyReplayedForAnotherQueryStringIs422NotTheEarlierAnswer() throws Exception {
        String serial = unique("IK");
        String phone = "137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        String csv = "客户名称,客户类型,电话,地区,地址,型号,出厂编码,出厂日期\n" + "幂等客户" + phone + ",家庭," + phone + ",天津,天津市河西区1号,KFR-26GW,"
                + serial + ",2026-10-01\n";
        String key = unique("import-");

        HttpResponse<String> preview = upload(csv, "fileName=day.csv&dryRun=true", key);
        assertEquals(200, preview.statusCode(), preview.body());
        assertFalse(json(preview).getBoolean("applied"));
        assertEquals(404, get("/api/v1/products/" + serial, admin()).status(), "a dry run imports nothing");

        HttpResponse<String> real = upload(csv, "fileName=day.csv&dryRun=false", key);
        assertEquals(422, real.statusCode(), "the same key for another query string: " + real.body());
        assertTrue(real.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertNull(real.headers().firstValue("Idempotent-Replayed").orElse(null), "never the dry run's answer");
        assertEquals(404, get("/api/v1/products/" + serial, admin()).status(), "and nothing imported");

        HttpResponse<String> again = upload(csv, "fileName=day.csv&dryRun=true", key);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(
                "true", again.headers().firstValue("Idempotent-Replayed").orElse(null), "the same request replays");

        HttpResponse<String> withItsOwnKey = upload(csv, "fileName=day.csv&dryRun=false", unique("import-"));
        assertEquals(200, withItsOwnKey.statusCode(), withItsOwnKey.body());
        assertTrue(json(withItsOwnKey).getBoolean("applied"));
        assertEquals(200, get("/api/v1/products/" + serial, admin()).status());
    }

    @Test
    void anIdempotencyKeyReplayedOnAnotherPathIs422() {
        String key = unique("path-");
        String body = """
                {"username":"%s","displayName":"幂等","password":"%s","roles":["AGENT"]}""".formatted(unique("k"), PASSWORD);
        assertEquals(
                201,
                Api.post("/api/v1/users", admin(), body, "Idempotency-Key", key).status());
        Answer elsewhere =
                Api.post("/api/v1/users/" + unique("nobody") + "/lock", admin(), body, "Idempotency-Key", key);
        assertEquals(422, elsewhere.status(), elsewhere.body());
    }

    private static HttpResponse<String> upload(String csv, String query, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/imports/handover?" + query))
                .header("Authorization", admin())
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        return Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    // --- 10.9 cookie and headers ---

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        HttpResponse<String> login = WebSession.anonymous().get("/login.xhtml");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        String session = cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + cookies));
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(
                session.matches("(?i).*;\\s*SameSite=Strict(;.*)?"), session); // attribute values are case-insensitive
    }

    @Test
    void everyKindOfPageAnswerCarriesACompleteContentSecurityPolicy() {
        WebSession technician = WebSession.login(Api.createUser("TECHNICIAN", PASSWORD), PASSWORD);
        Map<String, HttpResponse<String>> answers = Map.of(
                "the login page", WebSession.anonymous().get("/login.xhtml"),
                "a page", technician.get("/index.xhtml"),
                "a refused page (403)", technician.get("/admin/users.xhtml"),
                "a missing page (404)", technician.get("/no-such-page.xhtml"),
                "the redirect to the login", WebSession.anonymous().get("/index.xhtml"));
        for (var answer : answers.entrySet()) {
            HttpHeaders headers = answer.getValue().headers();
            String what = answer.getKey() + " " + answer.getValue().statusCode() + " " + headers.map();
            List<String> csp = headers.allValues("Content-Security-Policy");
            assertEquals(1, csp.size(), "one policy: " + what);
            String policy = csp.get(0);
            for (String directive : List.of(
                    "default-src 'self'",
                    "object-src 'none'",
                    "base-uri 'none'",
                    "frame-ancestors 'none'",
                    "form-action 'self'",
                    "script-src 'self'")) {
                assertTrue(policy.contains(directive), directive + " in " + what);
            }
            assertFalse(
                    policy.contains("'unsafe-eval'") || policy.matches(".*script-src[^;]*'unsafe-inline'.*"), policy);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), what);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
            assertEquals(1, headers.allValues("X-Frame-Options").size(), what);
            String poweredBy = headers.firstValue("X-Powered-By").orElse("");
            assertFalse(poweredBy.contains("JSF") || poweredBy.contains("Faces"), "the application adds none: " + what);
        }
        assertTrue(
                answers.get("a page")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow()
                        .matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"),
                "PrimeFaces' nonce in the one policy");
    }

    @Test
    void httpsAnswersCarryHstsAndHttpAnswersDoNot() throws Exception {
        URI base = URI.create(Api.BASE);
        URL https = new URI(
                        "https",
                        null,
                        base.getHost(),
                        base.getPort() + 101,
                        base.getPath() + "/login.xhtml",
                        null,
                        null)
                .toURL();
        HttpsURLConnection connection = (HttpsURLConnection) https.openConnection();
        connection.setSSLSocketFactory(trustingEveryone().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true); // the test server's self-signed certificate
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        try {
            assertEquals(200, connection.getResponseCode());
            String hsts = connection.getHeaderField("Strict-Transport-Security");
            assertNotNull(hsts, "HSTS over HTTPS");
            assertTrue(hsts.matches("max-age=\\d+(;.*)?"), hsts);
            assertTrue(
                    Long.parseLong(hsts.replaceAll("max-age=(\\d+).*", "$1")) >= 31_536_000L,
                    "at least a year: " + hsts);
        } finally {
            connection.disconnect();
        }
        HttpResponse<String> plain = WebSession.anonymous().get("/login.xhtml");
        assertTrue(
                plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "never over plain HTTP (RFC 6797)");
    }

    private static SSLContext trustingEveryone() throws Exception {
        TrustManager all = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {all}, new SecureRandom());
        return context;
    }

    // --- 10.9 the OpenAPI document needs a login; health does not ---

    @Test
    void theOpenApiDocumentNeedsALoginOfAnyRoleAndHealthNone() {
        Answer anonymous = Api.send("GET", "/api/v1/openapi", null, null, "Accept", "application/yaml");
        assertEquals(401, anonymous.status(), anonymous.body());
        assertFalse(anonymous.body().contains("openapi:"), "nothing of the document");
        String partner = Api.createUser("PARTNER", PASSWORD);
        Answer document =
                Api.send("GET", "/api/v1/openapi", basic(partner, PASSWORD), null, "Accept", "application/yaml");
        assertEquals(200, document.status(), document.body());
        assertTrue(document.body().startsWith("openapi:"), document.body().substring(0, 40));
        assertEquals(200, get("/api/v1/health", null).status());
    }
}
