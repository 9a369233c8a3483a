package org.aftersales.web.shared.rest;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.aftersales.web.shared.i18n.Messages;

/**
 * Every API call needs a role: {@code @RolesAllowed} on the method or its class decides, and a
 * resource that declares nothing is refused (deny by default). {@code @PermitAll} only for the few
 * calls that must work without login (health). Not signed in → 401; signed in without the role →
 * 403; both as problem+json.
 *
 * <p>The declaration is read once per resource method, when the application starts (issue 15.2): each
 * method gets a filter that knows its roles, so a request only asks whether its caller has one.
 */
public final class RoleCheckFilter implements ContainerRequestFilter {

    /** The schemes a caller may answer a 401 with. */
    public static final String CHALLENGE = "Basic realm=\"aftersales\", Bearer realm=\"aftersales\"";

    private static final Logger LOG = Logger.getLogger(RoleCheckFilter.class.getName());

    /** The roles that may call; empty for nobody. */
    private final List<String> roles;

    private RoleCheckFilter(List<String> roles) {
        this.roles = roles;
    }

    /**
     * The check for one resource method, or empty when anyone may call it ({@code @PermitAll}).
     * A method without a declaration is refused to everybody: one of ours with an error in the log,
     * and Jersey's own (the OPTIONS answers, the WADL document) quietly, as before.
     */
    static Optional<RoleCheckFilter> of(Method method, Class<?> type) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(new RoleCheckFilter(List.of()));
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Optional.empty();
        }
        RolesAllowed declared = method.getAnnotation(RolesAllowed.class);
        if (declared == null && type.isAnnotationPresent(PermitAll.class)) {
            return Optional.empty();
        }
        if (declared == null) {
            declared = type.getAnnotation(RolesAllowed.class);
        }
        if (declared == null) {
            if (type.getPackageName().startsWith("org.aftersales.")) { // not Jersey's OPTIONS and WADL handlers
                LOG.severe(() -> "API method without a role declaration, refused to every caller: " + method);
            }
            return Optional.of(new RoleCheckFilter(List.of()));
        }
        return Optional.of(new RoleCheckFilter(List.of(declared.value())));
    }

    /** The roles that may call (for the tests). */
    List<String> roles() {
        return roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (roles.isEmpty()) {
            deny(request);
            return;
        }
        var security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            Locale locale = ApiLocale.of(request);
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(ProblemJson.response(
                            401,
                            "unauthorized",
                            Messages.get(locale, "problem.unauthorized.title"),
                            Messages.get(locale, "problem.unauthorized.detail")))
                    .header("WWW-Authenticate", CHALLENGE)
                    .build());
            return;
        }
        for (String role : roles) {
            if (security.isUserInRole(role)) {
                return;
            }
        }
        deny(request);
    }

    private static void deny(ContainerRequestContext request) {
        Locale locale = ApiLocale.of(request);
        request.abortWith(ProblemJson.response(
                403,
                "forbidden",
                Messages.get(locale, "problem.forbidden.title"),
                Messages.get(locale, "problem.forbidden.detail")));
    }

    /** Gives every resource method its check as the application starts. */
    @Provider
    public static final class Binding implements DynamicFeature {

        @Override
        public void configure(ResourceInfo resource, FeatureContext context) {
            of(resource.getResourceMethod(), resource.getResourceClass())
                    .ifPresent(check -> context.register(check, Priorities.AUTHORIZATION));
        }
    }
}
