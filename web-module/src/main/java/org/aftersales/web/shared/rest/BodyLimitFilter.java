package org.aftersales.web.shared.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
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
    private static final long DRAIN_BYTES = 32L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !json(request.getMediaType())) {
            return;
        }
        if (request.getLength() > MAX_BYTES || !withinLimit(request)) {
            drain(request.getEntityStream());
            Locale locale = ApiLocale.of(request);
            request.abortWith(ProblemJson.response(
                    413,
                    "too-large",
                    Messages.get(locale, "problem.tooLarge.title"),
                    Messages.get(locale, "problem.tooLarge.detail", MAX_BYTES / 1024)));
        }
    }

    /** Reads a body of unknown length up to one byte past the limit; within it, puts it back. */
    private static boolean withinLimit(ContainerRequestContext request) throws IOException {
        if (request.getLength() >= 0) {
            return true; // the container delivers no more than the Content-Length it checked
        }
        byte[] body = request.getEntityStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            return false;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        return true;
    }

    /**
     * Reads and drops what the client is still sending (up to {@value #DRAIN_BYTES} bytes), so that
     * a client that writes the whole body before reading gets its 413 instead of a reset connection.
     */
    private static void drain(InputStream body) {
        try {
            long skipped = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int n; skipped < DRAIN_BYTES && (n = body.read(buffer)) > 0; ) {
                skipped += n;
            }
        } catch (IOException ignored) {
            // the client went away: nobody waits for the answer
        }
    }

    private static boolean json(MediaType type) {
        return type != null
                && ("json".equalsIgnoreCase(type.getSubtype())
                        || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
