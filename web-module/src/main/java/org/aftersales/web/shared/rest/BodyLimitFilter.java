package org.aftersales.web.shared.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.aftersales.web.shared.i18n.Messages;

/**
 * A JSON body is at most {@value #MAX_BYTES} bytes (issue 10.7): a larger {@code Content-Length}
 * is refused before a byte is read, a chunked body once it has grown past the limit — 413
 * problem+json, nothing parsed or changed. Files (the hand-over import) have their own limit.
 * Runs after the role check (strangers get their 401 first) and before anything reads the body.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 50)
public class BodyLimitFilter implements ContainerRequestFilter {

    public static final int MAX_BYTES = 1024 * 1024;

    @Context
    private HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !json(request.getMediaType())) {
            return;
        }
        if (request.getLength() > MAX_BYTES || !withinLimit(request)) {
            Locale locale = ApiLocale.of(headers);
            request.abortWith(ProblemJson.response(413, "too-large", Messages.get(locale, "problem.tooLarge.title"),
                    Messages.get(locale, "problem.tooLarge.detail", MAX_BYTES / 1024)));
        }
    }

    /** Reads a body of unknown length up to one byte past the limit; within it, puts it back. */
    private static boolean withinLimit(ContainerRequestContext request) throws IOException {
        if (request.getLength() >= 0) {
            return true; // the container delivers no more than the Content-Length it checked
        }
        InputStream in = request.getEntityStream();
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            return false;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        return true;
    }

    private static boolean json(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
