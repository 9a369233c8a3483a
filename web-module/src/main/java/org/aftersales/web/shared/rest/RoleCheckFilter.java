package org.aftersales.web.shared.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Logger;
import org.aftersales.web.shared.i18n.Messages;

/**
 * Every API call needs a role: {@code @RolesAllowed} on the method or its class decides, and a
 * resource that declares nothing is refused (deny by default). {@code @PermitAll} only for the few
 * calls that must work without login (health). Not signed in → 401; signed in without the role →
 * 403; both as problem+json.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheckFilter implements ContainerRequestFilter {

    /** The schemes a caller may answer a 401 with. */
    public static final String CHALLENGE = "Basic realm=\"aftersales\", Bearer realm=\"aftersales\"";

    private static final Logger LOG = Logger.getLogger(RoleCheckFilter.class.getName());

    @Context
    private ResourceInfo resource;

    @Context
    private HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // no resource matched: JAX-RS answers 404/405 itself
        }
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            deny(request);
            return;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !type.isAnnotationPresent(PermitAll.class)) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        if (roles == null) {
            if (type.isAnnotationPresent(PermitAll.class)) {
                return;
            }
            LOG.severe(() -> "API method without a role declaration refused: " + method);
            deny(request);
            return;
        }
        var security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            Locale locale = ApiLocale.of(headers);
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(ProblemJson.response(
                            401,
                            "unauthorized",
                            Messages.get(locale, "problem.unauthorized.title"),
                            Messages.get(locale, "problem.unauthorized.detail")))
                    .header("WWW-Authenticate", CHALLENGE)
                    .build());
            return;
        }
        if (Arrays.stream(roles.value()).noneMatch(security::isUserInRole)) {
            deny(request);
        }
    }

    private void deny(ContainerRequestContext request) {
        Locale locale = ApiLocale.of(headers);
        request.abortWith(ProblemJson.response(
                403,
                "forbidden",
                Messages.get(locale, "problem.forbidden.title"),
                Messages.get(locale, "problem.forbidden.detail")));
    }
}
