package org.aftersales.web.shared.rest;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import org.aftersales.platform.boundary.IdempotencyStore;
import org.aftersales.platform.boundary.IdempotencyStore.Outcome;
import org.aftersales.web.shared.i18n.Messages;

/**
 * {@code Idempotency-Key} on any POST (../shared/API.md): the same key with the same request from
 * the same caller answers the original result again and creates nothing new; the same key with a
 * different request → 422; while the first request still runs → 409. A request that fails keeps
 * nothing, so it can be retried with the same key. "The same request" is the same method, path,
 * query string, content type and body (issue 10.8: an import with {@code dryRun=false} under the key
 * of an earlier dry run is another request, not a replay of the preview).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String RECORD = IdempotencyFilter.class.getName() + ".record";
    private static final int MAX_KEY_LENGTH = 200;
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

    @EJB
    private IdempotencyStore store;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (!"POST".equals(request.getMethod()) || key == null) {
            return;
        }
        Locale locale = ApiLocale.of(request);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            request.abortWith(ProblemJson.response(
                    400,
                    "idempotency-key",
                    Messages.get(locale, "problem.idempotency.title"),
                    Messages.get(locale, "problem.idempotency.invalid", MAX_KEY_LENGTH)));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String caller = request.getSecurityContext().getUserPrincipal() == null
                ? "anonymous"
                : request.getSecurityContext().getUserPrincipal().getName();
        var uri = request.getUriInfo().getRequestUri();
        String hash = RequestFingerprint.of(
                request.getMethod(),
                uri.getRawPath(),
                uri.getRawQuery(),
                request.getHeaderString(HttpHeaders.CONTENT_TYPE),
                body);
        Outcome outcome;
        try {
            outcome = claim(caller, key, hash);
        } catch (EJBException e) {
            // issue 10.20: no database is a 503 to retry; issue 15.4: anything else is a failure of
            // its own (500, logged), never a request "in progress" that is not
            request.abortWith(ApiFailures.response(e, locale));
            return;
        }
        switch (outcome.claim()) {
            case NEW -> request.setProperty(RECORD, outcome.recordId());
            case IN_PROGRESS -> request.abortWith(inProgress(locale));
            case DIFFERENT_REQUEST ->
                request.abortWith(ProblemJson.response(
                        422,
                        "idempotency-key",
                        Messages.get(locale, "problem.idempotency.title"),
                        Messages.get(locale, "problem.idempotency.reused")));
            case REPLAY -> {
                Response.ResponseBuilder replay =
                        Response.status(outcome.status()).header("Idempotent-Replayed", "true");
                if (outcome.location() != null) {
                    replay.header(HttpHeaders.LOCATION, outcome.location());
                }
                if (outcome.body() != null) {
                    replay.entity(outcome.body()).type(outcome.contentType());
                }
                request.abortWith(replay.build());
            }
        }
    }

    /**
     * Never fails the answer: it may be the answer to a failure already (a 503 while the database is
     * away, when releasing the key cannot work either), and an exception here would turn it into the
     * servlet container's error page (issue 10.20). What could not be kept is logged in one line.
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object record = request.getProperty(RECORD);
        if (!(record instanceof Long id)) {
            return;
        }
        try {
            if (response.getStatus() >= 300) {
                store.release(id);
                return;
            }
            Object entity = response.getEntity();
            String body = entity == null ? null : entity instanceof String text ? text : JSONB.toJson(entity);
            if (body != null && !(entity instanceof String) && response.getMediaType() != null) {
                // issue 15.1: answered as stored — the body is bound to JSON once, not again by the writer
                response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            }
            MediaType type = response.getMediaType();
            String location = response.getHeaderString(HttpHeaders.LOCATION);
            store.complete(
                    id,
                    response.getStatus(),
                    location,
                    type == null ? MediaType.APPLICATION_JSON : type.toString(),
                    body);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Idempotency-Key record " + id + " not "
                    + (response.getStatus() >= 300 ? "released" : "completed") + " (answer " + response.getStatus()
                    + "): "
                    + ApiFailures.oneLine(ApiFailures.unavailableCause(e).orElse(e)));
        }
    }

    /**
     * The key claimed for this request, or what the earlier claim that refused it left. Refused means
     * the key exists (a unique violation) or, while the racing request's claim has not committed, a
     * lock conflict with it (on Derby a lock timeout): either way the earlier claim is read.
     */
    private Outcome claim(String caller, String key, String hash) {
        try {
            return store.claim(caller, key, hash);
        } catch (IdempotencyStore.KeyTakenException e) {
            return earlier(caller, key, hash);
        } catch (EJBException e) {
            if (busy(e)) {
                return earlier(caller, key, hash); // the claim's commit met the racing claim's lock
            }
            throw e;
        }
    }

    private Outcome earlier(String caller, String key, String hash) {
        try {
            return store.earlier(caller, key, hash);
        } catch (EJBException e) {
            if (busy(e)) { // the racing claim still holds its row: it is running
                return Outcome.of(IdempotencyStore.Claim.IN_PROGRESS, null);
            }
            throw e;
        }
    }

    private static boolean busy(EJBException e) {
        return IdempotencyStore.keyBusy(e) && !ApiFailures.unavailable(e);
    }

    private static Response inProgress(Locale locale) {
        return ProblemJson.response(
                409,
                "idempotency-key",
                Messages.get(locale, "problem.idempotency.title"),
                Messages.get(locale, "problem.idempotency.inProgress"));
    }
}
