package org.aftersales.web.shared.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 9457 problem details, the one shape of every error the API answers. */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://aftersales.example/problems/";

    /** Looked up once: {@code Json.create…} asks the ServiceLoader on every call (issue 15.1). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ProblemJson() {}

    public record FieldProblem(String field, String message) {}

    public static String body(int status, String type, String title, String detail, List<FieldProblem> errors) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", type == null ? "about:blank" : TYPE_BASE + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            errors.forEach(e ->
                    array.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            json.add("errors", array);
        }
        return json.build().toString();
    }

    public static Response response(int status, String type, String title, String detail, List<FieldProblem> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE + ";charset=UTF-8")
                .entity(body(status, type, title, detail, errors))
                .build();
    }

    public static Response response(int status, String type, String title, String detail) {
        return response(status, type, title, detail, List.of());
    }
}
