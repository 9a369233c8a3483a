package org.aftersales.web.shared.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI document names every resource path and method the API serves. */
class OpenApiDocumentTest {

    private static String document() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    @Test
    void everyResourceMethodIsDocumented() throws Exception {
        String document = document();
        List<Class<?>> resources = resources();
        assertFalse(resources.isEmpty());
        for (Class<?> resource : resources) {
            String base = "/" + resource.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "get" : method.isAnnotationPresent(POST.class) ? "post"
                        : method.isAnnotationPresent(PUT.class) ? "put" : method.isAnnotationPresent(DELETE.class) ? "delete" : null;
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = sub == null ? base : base + "/" + sub.value().replaceAll("^/", "");
                int at = document.indexOf("\n  " + path + ":\n");
                assertTrue(at >= 0, "OpenAPI document lacks path " + path + " (" + resource.getSimpleName() + ")");
                int next = document.indexOf("\n  /", at + 3);
                String section = document.substring(at, next < 0 ? document.indexOf("\ncomponents:") : next);
                assertTrue(section.contains("\n    " + verb.toLowerCase(Locale.ROOT) + ":"),
                        "OpenAPI document lacks " + verb.toUpperCase(Locale.ROOT) + " " + path);
            }
        }
    }
}
