package org.aftersales.web.shared.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.aftersales.web.shared.i18n.Messages;

/**
 * Issue 10.20: under {@code /api} every failure is problem+json, also one that escapes JAX-RS (a
 * response filter or mapper that failed in turn, an exception of the runtime itself). Without this
 * the servlet container forwards it to the Faces error page, an HTML answer to an API client.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiFailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            ApiFailures.write(response, e, locale(request));
        }
    }

    public static Locale locale(HttpServletRequest request) {
        String wanted = request.getHeader("Accept-Language");
        return wanted != null
                        && request.getLocale() != null
                        && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH
                : Messages.CHINESE;
    }
}
