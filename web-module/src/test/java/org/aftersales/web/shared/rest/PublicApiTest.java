package org.aftersales.web.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.9: the API answers without a login only where it must — the health check, and (issue 14,
 * Q5) the customer's one-time satisfaction survey, reached by its random token. The OpenAPI
 * document, the map of every call, needs a login like the calls themselves.
 */
class PublicApiTest {

    @Test
    void onlyTheHealthCheckAndTheSurveyAreOpen() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(ApiApplication.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Set<String> open = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace('/', '.')
                        .replace('\\', '.')
                        .replaceAll("\\.class$", "");
                if (!name.startsWith("org.aftersales.web.") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                String base = type.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
                for (Method method : declaredAndInherited(type)) {
                    boolean resourceMethod = Stream.of(method.getAnnotations())
                            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                    if (resourceMethod
                            && (method.isAnnotationPresent(PermitAll.class)
                                    || type.isAnnotationPresent(PermitAll.class)
                                            && !method.isAnnotationPresent(RolesAllowed.class))) {
                        Path sub = method.getAnnotation(Path.class);
                        open.add("/" + base
                                + (sub == null ? "" : "/" + sub.value().replaceAll("^/|/$", "")));
                    }
                }
            }
        }
        assertEquals(Set.of("/health", "/surveys/{token}"), open);
    }

    /** The methods a resource class declares and inherits (a base class may serve several paths). */
    private static List<Method> declaredAndInherited(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            methods.addAll(List.of(c.getDeclaredMethods()));
        }
        return methods;
    }
}
