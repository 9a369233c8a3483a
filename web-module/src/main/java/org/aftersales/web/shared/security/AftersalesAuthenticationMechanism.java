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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.accounts.boundary.AccountChanges;
import org.aftersales.accounts.boundary.ApiKeyService;
import org.aftersales.accounts.boundary.Identity;
import org.aftersales.accounts.boundary.LoginResult;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.support.tx.ChangeCheck;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.rest.ApiFailureFilter;
import org.aftersales.web.shared.rest.ApiFailures;
import org.aftersales.web.shared.rest.ProblemJson;
import org.aftersales.web.shared.rest.RoleCheckFilter;

/**
 * One mechanism for the whole application (Jakarta Security):
 * <ul>
 * <li>staff pages: a form login ({@code SecurityContext.authenticate} from the login page), the
 * signed-in user kept in the session and re-checked against the account as soon as any account
 * has changed ({@link AccountChanges}), and at least every {@link ChangeCheck#RECHECK}; a protected page
 * without a login redirects to the login page;</li>
 * <li>the API ({@code /api/…}): HTTP Basic for staff, with verified credentials remembered by
 * {@link CredentialCache} and re-checked against the account like a session (issue 15.2: not on
 * every call), or {@code Authorization: Bearer <api-key>} for partner systems. The API
 * never uses the session cookie, so a browser cannot be made to call it (CSRF). Bad credentials →
 * 401 problem+json; which calls need which role is decided by the API's role filter.</li>
 * </ul>
 * Issue 10.4: an unknown user, a wrong password and a locked account get the same answer (the same
 * message on the login page, the same 401 on the API); an address with too many failures is refused
 * for a while ({@link LoginThrottle}: the login page says the same again, the API answers 429 with
 * {@code Retry-After}); every attempt is logged ({@link LoginLog}). Issue 10.5: an account whose
 * password an administrator set reaches only the change-password page, and on the API only
 * {@code POST /me/password} (403 problem+json elsewhere), until its owner has chosen their own.
 */
@ApplicationScoped
public class AftersalesAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String RETURN_TO = "aftersales.returnTo";
    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String PASSWORD_PAGE = "/password.xhtml";
    static final String OWN_PASSWORD_API = "/api/v1/me/password";
    static final String CACHE_SECONDS = "security.credential-cache.seconds";

    @EJB
    private UserService users;

    @EJB
    private ApiKeyService apiKeys;

    @Inject
    private SettingReader settings;

    @Inject
    private CredentialCache cache;

    @Inject
    private AccountChanges changes;

    @Inject
    private LoginThrottle throttle;

    /** What checking an API caller's credentials came to: who it is, or refused (until when, if throttled). */
    private record Verdict(Identity identity, Instant retryAt) {
        static final Verdict REFUSED = new Verdict(null, null);
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // the container answers a refused page or the redirect to the login before any filter runs
        SecurityHeadersFilter.apply(request, response);
        if (context.isAuthenticationRequest()) {
            return formLogin(request, context);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            try {
                return api(request, response, context);
            } catch (RuntimeException e) { // issue 10.20: e.g. no database to check the key against
                ApiFailures.write(response, e, ApiFailureFilter.locale(request));
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        if (path.startsWith("/soap/")) { // SOAP partners authenticate like API callers, and must
            String authorization = request.getHeader("Authorization");
            return authorization == null || authorization.isBlank()
                    ? unauthorized(request, response)
                    : api(request, response, context);
        }
        return page(request, response, context, path);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String address = request.getRemoteAddr();
        Optional<Instant> blocked = throttle.blockedUntil(address);
        if (blocked.isPresent()) {
            LoginLog.refused(LoginLog.Channel.FORM, login.getCaller(), address, blocked.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginResult result =
                users.authenticate(login.getCaller(), login.getPassword().getValue());
        if (!result.succeeded()) {
            failed(LoginLog.Channel.FORM, login.getCaller(), address, result);
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginLog.success(LoginLog.Channel.FORM, result.identity().name(), address);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SessionUser.ATTRIBUTE, SessionUser.of(result.identity()));
        return context.notifyContainerAboutLogin(
                result.identity().name(), result.identity().groups());
    }

    private void failed(LoginLog.Channel channel, String user, String address, LoginResult result) {
        LoginLog.failure(channel, user, address, result.outcome());
        throttle.failed(address).ifPresent(until -> LoginLog.blocked(channel, user, address, until));
    }

    private AuthenticationStatus api(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return context.doNothing();
        }
        Verdict verdict = Verdict.REFUSED;
        String scheme = authorization.strip();
        if (scheme.regionMatches(true, 0, "Basic ", 0, 6)) {
            verdict = basic(scheme.substring(6).strip(), request.getRemoteAddr());
        } else if (scheme.regionMatches(true, 0, "Bearer ", 0, 7)) {
            verdict = new Verdict(
                    apiKeys.authenticate(scheme.substring(7).strip()).orElse(null), null);
        }
        if (verdict.retryAt() != null) {
            return tooManyFailures(request, response, verdict.retryAt());
        }
        if (verdict.identity() == null) {
            return unauthorized(request, response);
        }
        Identity identity = verdict.identity();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (identity.mustChangePassword() && !OWN_PASSWORD_API.equals(path)) {
            return passwordChangeRequired(request, response);
        }
        return context.notifyContainerAboutLogin(identity.name(), identity.groups());
    }

    private Verdict basic(String encoded, String address) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Verdict.REFUSED;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Verdict.REFUSED;
        }
        String username = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        Optional<Instant> blocked = throttle.blockedUntil(address);
        if (blocked.isPresent()) { // before the cache too: a blocked address learns nothing, not even a right guess
            LoginLog.refused(LoginLog.Channel.BASIC, username, address, blocked.get());
            return new Verdict(null, blocked.get());
        }
        Optional<CredentialCache.Entry> remembered = cache.lookup(username, password);
        if (remembered.isPresent()) {
            CredentialCache.Entry entry = remembered.get();
            long generation = changes.generation(); // before the account is read: a change after it moves it on
            if (entry.checked().current(generation)) { // no account changed since the last check
                LoginLog.remembered(LoginLog.Channel.BASIC, username, address);
                return new Verdict(entry.identity(), null);
            }
            // cheap re-check: takes logins now, password unchanged since it was remembered; forgets earlier failures
            Optional<Identity> current = users.rememberedLogin(username);
            if (current.isPresent()
                    && current.get().credentialVersion() == entry.identity().credentialVersion()) {
                cache.rechecked(username, entry, current.get(), generation);
                LoginLog.remembered(LoginLog.Channel.BASIC, username, address);
                return new Verdict(current.get(), null);
            }
            cache.forget(username);
        }
        CredentialCache.Checked checked =
                cache.checkOnce(username, password, () -> users.authenticate(username, password));
        LoginResult result = checked.result();
        if (!result.succeeded()) {
            failed(LoginLog.Channel.BASIC, username, address, result);
            return Verdict.REFUSED;
        }
        if (checked.shared()) { // the same credentials were checked for a concurrent call just now
            LoginLog.remembered(LoginLog.Channel.BASIC, username, address);
            return new Verdict(result.identity(), null);
        }
        LoginLog.success(LoginLog.Channel.BASIC, result.identity().name(), address);
        cache.remember(
                username,
                password,
                result.identity(),
                Duration.ofSeconds(Math.max(0, settings.number(CACHE_SECONDS, 300))));
        return new Verdict(result.identity(), null);
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        problem(
                request,
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "unauthorized",
                "problem.unauthorized",
                List.of(),
                "WWW-Authenticate",
                RoleCheckFilter.CHALLENGE);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 429: this address failed too often; no credentials were checked. */
    private AuthenticationStatus tooManyFailures(
            HttpServletRequest request, HttpServletResponse response, Instant until) {
        long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds() + 1);
        problem(
                request,
                response,
                429,
                "too-many-login-failures",
                "problem.tooManyLoginFailures",
                List.of(String.valueOf(seconds)),
                "Retry-After",
                String.valueOf(seconds));
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 403: the password is one an administrator set; only {@code POST /me/password} until it is changed. */
    private AuthenticationStatus passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) {
        problem(
                request,
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "password-change-required",
                "problem.passwordChangeRequired",
                List.of(),
                null,
                null);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void problem(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String type,
            String key,
            List<String> args,
            String header,
            String value) {
        Locale locale = request.getLocale() != null && request.getHeader("Accept-Language") != null
                ? request.getLocale()
                : Messages.CHINESE;
        try {
            response.setStatus(status);
            if (header != null) {
                response.setHeader(header, value);
            }
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(ProblemJson.body(
                            status,
                            type,
                            Messages.get(locale, key + ".title"),
                            Messages.get(locale, key + ".detail", args),
                            null));
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
    }

    private AuthenticationStatus page(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String path) {
        HttpSession session = request.getSession(false);
        SessionUser user = session == null ? null : (SessionUser) session.getAttribute(SessionUser.ATTRIBUTE);
        if (user != null) {
            user = recheck(session, user);
        }
        if (user != null) {
            if (user.identity().mustChangePassword() && !reachableBeforePasswordChange(path)) {
                return redirect(request, response, PASSWORD_PAGE, "");
            }
            return context.notifyContainerAboutLogin(user.name(), user.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(request, response, context, path);
    }

    private SessionUser recheck(HttpSession session, SessionUser user) {
        long generation = changes.generation(); // before the account is read: a change after it moves it on
        if (user.checked().current(generation)) {
            return user;
        }
        Optional<Identity> current = users.identity(user.name());
        if (current.isEmpty()
                || current.get().credentialVersion() != user.identity().credentialVersion()) {
            session.invalidate(); // locked, removed or password changed: sign in again
            return null;
        }
        SessionUser refreshed = new SessionUser(current.get(), current.get().groups(), ChangeCheck.at(generation));
        session.setAttribute(SessionUser.ATTRIBUTE, refreshed);
        return refreshed;
    }

    /** While the password must be changed: the change-password page, the pages around the login, resources. */
    private static boolean reachableBeforePasswordChange(String path) {
        return path.equals(PASSWORD_PAGE)
                || path.equals(LOGIN_PAGE)
                || path.equals("/error.xhtml")
                || path.equals("/expired.xhtml")
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/jakarta.faces.push/");
    }

    private AuthenticationStatus toLoginPage(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String path) {
        if ("GET".equals(request.getMethod())
                && path.endsWith(".xhtml")
                && !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
        }
        return redirect(request, response, LOGIN_PAGE, "?expired=true");
    }

    /** To {@code page}: a Faces ajax request gets a partial-response redirect (with {@code ajaxQuery}), others a 302. */
    private static AuthenticationStatus redirect(
            HttpServletRequest request, HttpServletResponse response, String page, String ajaxQuery) {
        String target = request.getContextPath() + page;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + target
                                + ajaxQuery + "\"/></partial-response>");
                response.flushBuffer();
                return AuthenticationStatus.SEND_CONTINUE;
            }
            response.sendRedirect(target);
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
