package org.aftersales.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session without the browser: a cookie jar, and the login form posted as a person
 * would (the Faces view state and PrimeFaces' CSP nonce taken from the page). Redirects are not
 * followed, so a test sees the 302 to the login page as such.
 */
final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");

    final String username;
    private final HttpClient http;

    private WebSession(String username) {
        this.username = username;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** No login at all: what anyone on the network sees. */
    static WebSession anonymous() {
        return new WebSession(null);
    }

    /** Signs in through the login form; fails unless the form answers with the redirect into the application. */
    static WebSession login(String username, String password) {
        WebSession session = new WebSession(username);
        HttpResponse<String> form = session.get("/login.xhtml");
        if (form.statusCode() != 200) {
            throw new AssertionError("login page: " + form.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:username", username);
        fields.put("loginForm:password", password);
        fields.put("loginForm:submit", "");
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, form.body(), "view state"));
        fields.put("primefaces.nonce", find(NONCE, form.body(), "CSP nonce"));
        HttpResponse<String> signedIn = session.post("/login.xhtml", fields);
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login.xhtml")) {
            throw new AssertionError("login of " + username + " failed: " + signedIn.statusCode() + " " + location);
        }
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * Opens {@code path}, fills {@code fields} into its form {@code formId} and submits it as a full
     * (non-ajax) post, with the page's view state and CSP nonce; the answer's bytes (a download).
     */
    HttpResponse<byte[]> submit(String path, String formId, Map<String, String> fields) {
        HttpResponse<String> page = get(path);
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body(), "view state"));
        all.put("primefaces.nonce", find(NONCE, page.body(), "CSP nonce"));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(Api.BASE + path))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs {@code path} with the session's cookies; the answer's bytes (a print). */
    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(Api.BASE + path))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern pattern, String page, String what) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no " + what + " on the login page");
        }
        return matcher.group(1);
    }
}
