package org.aftersales.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A small HTTP client for the tests: the application as a partner system or a browser sees it. */
final class Api {

    static final String BASE = System.getProperty("it.base.url", "http://localhost:18080/aftersales");
    static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {}

    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String admin() {
        return basic("admin", ADMIN_PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Answer send(String method, String path, String authorization, String json, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (!java.util.Arrays.asList(headers).contains("Accept")) {
            request.header("Accept", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer get(String path, String authorization) {
        return send("GET", path, authorization, null);
    }

    static Answer post(String path, String authorization, String json, String... headers) {
        return send("POST", path, authorization, json, headers);
    }

    /**
     * Creates a user through the API as admin; returns the username. The password is not temporary
     * (the tests use the account at once); LoginSecurityIT covers the forced change.
     */
    /** Issue 10.18: a region of the kept list (regions are picked from it, never typed); returns its code. */
    static String createRegion(String prefix) {
        String code = unique(prefix);
        Answer created = post("/api/v1/regions", admin(), """
                {"code":"%s","name":"%s"}""".formatted(code, code));
        if (created.status() != 201) {
            throw new IllegalStateException("region not created: " + created.status() + " " + created.body());
        }
        return code;
    }

    static String createUser(String role, String password) {
        String username = unique("u");
        Answer created = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"测试用户","password":"%s","roles":["%s"],"region":"天津",
                 "qualifications":["ELECTRICIAN"],"temporaryPassword":false}""".formatted(username, password, role));
        if (created.status() != 201) {
            throw new AssertionError("could not create user: " + created.status() + " " + created.body());
        }
        return username;
    }
}
