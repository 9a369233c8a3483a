package org.aftersales.web.shared.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.accounts.boundary.ApiKeyService;
import org.aftersales.accounts.boundary.Identity;
import org.aftersales.accounts.boundary.LoginResult;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.settings.boundary.Settings;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.rest.ProblemJson;
import org.aftersales.web.shared.rest.RoleCheckFilter;

/**
 * One mechanism for the whole application (Jakarta Security):
 * <ul>
 * <li>staff pages: a form login ({@code SecurityContext.authenticate} from the login page), the
 * signed-in user kept in the session and re-checked against the account every
 * {@link #SESSION_RECHECK}; a protected page without a login redirects to the login page;</li>
 * <li>the API ({@code /api/…}): HTTP Basic for staff, with verified credentials remembered by
 * {@link CredentialCache}, or {@code Authorization: Bearer <api-key>} for partner systems. The API
 * never uses the session cookie, so a browser cannot be made to call it (CSRF). Bad credentials →
 * 401 problem+json; which calls need which role is decided by the API's role filter.</li>
 * </ul>
 */
@ApplicationScoped
public class AftersalesAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_OUTCOME = "aftersales.loginOutcome";
    public static final String RETURN_TO = "aftersales.returnTo";
    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String CACHE_SECONDS = "security.credential-cache.seconds";
    static final Duration SESSION_RECHECK = Duration.ofSeconds(15);

    @EJB
    private UserService users;

    @EJB
    private ApiKeyService apiKeys;

    @EJB
    private Settings settings;

    @Inject
    private CredentialCache cache;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // the container answers a refused page or the redirect to the login before any filter runs
        SecurityHeadersFilter.apply(request, response);
        if (context.isAuthenticationRequest()) {
            return formLogin(request, context);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, response, context);
        }
        if (path.startsWith("/soap/")) { // SOAP partners authenticate like API callers, and must
            String authorization = request.getHeader("Authorization");
            return authorization == null || authorization.isBlank() ? unauthorized(request, response)
                    : api(request, response, context);
        }
        return page(request, response, context, path);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginResult result = users.authenticate(login.getCaller(), login.getPassword().getValue());
        request.setAttribute(LOGIN_OUTCOME, result.outcome());
        if (!result.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SessionUser.ATTRIBUTE, SessionUser.of(result.identity()));
        return context.notifyContainerAboutLogin(result.identity().name(), result.identity().groups());
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.doNothing();
        }
        Optional<Identity> identity = Optional.empty();
        String scheme = authorization.strip();
        if (scheme.regionMatches(true, 0, "Basic ", 0, 6)) {
            identity = basic(scheme.substring(6).strip());
        } else if (scheme.regionMatches(true, 0, "Bearer ", 0, 7)) {
            identity = apiKeys.authenticate(scheme.substring(7).strip());
        }
        if (identity.isEmpty()) {
            return unauthorized(request, response);
        }
        return context.notifyContainerAboutLogin(identity.get().name(), identity.get().groups());
    }

    private Optional<Identity> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String username = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        Optional<Identity> remembered = cache.lookup(username, password);
        if (remembered.isPresent()) {
            // cheap re-check: still active, password unchanged since it was remembered
            Optional<Identity> current = users.identity(username);
            if (current.isPresent() && current.get().credentialVersion() == remembered.get().credentialVersion()) {
                return current;
            }
            cache.forget(username);
        }
        LoginResult result = users.authenticate(username, password);
        if (!result.succeeded()) {
            return Optional.empty();
        }
        cache.remember(username, password, result.identity(),
                Duration.ofSeconds(Math.max(0, settings.number(CACHE_SECONDS, 300))));
        return Optional.of(result.identity());
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = request.getLocale() != null && request.getHeader("Accept-Language") != null
                ? request.getLocale() : Messages.CHINESE;
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", RoleCheckFilter.CHALLENGE);
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ProblemJson.body(401, "unauthorized",
                    Messages.get(locale, "problem.unauthorized.title"),
                    Messages.get(locale, "problem.unauthorized.detail"), null));
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus page(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String path) {
        HttpSession session = request.getSession(false);
        SessionUser user = session == null ? null : (SessionUser) session.getAttribute(SessionUser.ATTRIBUTE);
        if (user != null) {
            user = recheck(session, user);
        }
        if (user != null) {
            return context.notifyContainerAboutLogin(user.name(), user.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(request, response, context, path);
    }

    private SessionUser recheck(HttpSession session, SessionUser user) {
        if (user.checkedAt().plus(SESSION_RECHECK).isAfter(Instant.now())) {
            return user;
        }
        Optional<Identity> current = users.identity(user.name());
        if (current.isEmpty() || current.get().credentialVersion() != user.identity().credentialVersion()) {
            session.invalidate(); // locked, removed or password changed: sign in again
            return null;
        }
        SessionUser refreshed = new SessionUser(current.get(), current.get().groups(), Instant.now());
        session.setAttribute(SessionUser.ATTRIBUTE, refreshed);
        return refreshed;
    }

    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String path) {
        String login = request.getContextPath() + LOGIN_PAGE;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "?expired=true\"/></partial-response>");
                response.flushBuffer();
                return AuthenticationStatus.SEND_CONTINUE;
            }
            if ("GET".equals(request.getMethod()) && path.endsWith(".xhtml")) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
            }
            response.sendRedirect(login);
        } catch (IOException e) {
            // the client went away
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionUser.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
