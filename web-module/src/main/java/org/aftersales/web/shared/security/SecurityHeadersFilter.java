package org.aftersales.web.shared.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response: no sniffing, no framing at all, no referrer leaks, HSTS over
 * HTTPS, and one complete Content-Security-Policy (issue 10.9).
 * <p>
 * The policy is the context parameter {@code primefaces.CSP_POLICY} of web.xml, so it is written
 * once: PrimeFaces (CSP mode) sends it on every Faces page with its per-request nonce appended to
 * the final {@code script-src}; every other answer (API, PDFs, redirects, error pages) gets it as it
 * stands, scripts from the application itself only. PrimeFaces adds its header, so the response is
 * wrapped for it to replace this one instead of sending a second, stricter policy beside it.
 * <p>
 * Runs for requests, forwards and error pages (a 403 or 404 is rendered on an error dispatch), and
 * {@link AftersalesAuthenticationMechanism} applies the same headers first, since the container answers
 * a refused request or the redirect to the login page before any filter runs.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    /** A year, the least the HSTS preload list accepts. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value); // PrimeFaces' policy with the page's nonce replaces ours
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /** Sets the headers on a response not yet committed. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        String uri = request.getRequestURI();
        boolean printed = uri.startsWith(request.getContextPath() + "/print/");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (printed) {
            // a PDF or an image, never HTML: a browser's PDF viewer shows it in a frame of its own, which
            // DENY or object-src 'none' on the PDF itself would block
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        } else {
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader(CSP, policy(request.getServletContext()) + ";");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!uri.startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** The policy of web.xml; it ends with {@code script-src 'self'}, where PrimeFaces adds the nonce. */
    static String policy(ServletContext context) {
        String policy = context.getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank() || policy.strip().contains("\n")) {
            throw new IllegalStateException("web.xml needs " + POLICY_PARAMETER + " on one line");
        }
        return policy.strip();
    }
}
