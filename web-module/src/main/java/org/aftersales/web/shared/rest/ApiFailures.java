package org.aftersales.web.shared.rest;

import jakarta.resource.ResourceException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.support.failure.Causes;
import org.aftersales.web.shared.i18n.Messages;

/**
 * Issue 10.20: the failures of the infrastructure under {@code /api}. A lost or unobtainable database
 * connection, wherever it surfaces (an EJBException, a PersistenceException, the pool's
 * ResourceException, the driver's SQLException), is {@code 503} problem+json with
 * {@code Retry-After}: nothing was changed and the same request may simply be sent again. Anything
 * else unexpected stays {@code 500} with an incident id. Either is logged once: a 503 as one line,
 * a 500 with its stack trace (a defect to look into).
 */
public final class ApiFailures {

    /** Seconds a client waits before it tries again: a database restart takes a few. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(ApiFailures.class.getName());

    /** SQLState classes and codes that mean "no connection": 08 connection exception; PostgreSQL's shutdown and start-up, too many connections. */
    private static final List<String> CONNECTION_STATES = List.of("08", "57P01", "57P02", "57P03", "53300");

    /** What the pool says when it cannot hand out a connection (also when its cause was lost on the way). */
    private static final List<String> POOL_MESSAGES = List.of(
            "Error in allocating a connection",
            "Connection could not be allocated",
            "expired max-wait-time",
            // the connection died during the commit: the transaction manager's XA resource says so
            "Managed Connection is not valid",
            // the pool closed it meanwhile (another connection failed its check: all are closed); the
            // database rolls back what was not committed on that connection (PostgreSQL's driver)
            "This connection has been closed",
            // the commit itself failed on its connection (the database shut down during it, issue 15.1):
            // the transaction manager's XAException keeps only the text of the pool's exception. No
            // constraint is deferred to the commit and the isolation is READ COMMITTED, so nothing but a
            // lost connection makes a commit fail here
            "LocalTransactionException");

    private ApiFailures() {}

    /** The first cause in the chain that means the database cannot be reached, if any. */
    public static Optional<Throwable> unavailableCause(Throwable failure) {
        return Causes.of(failure).filter(ApiFailures::meansUnavailable).findFirst();
    }

    public static boolean unavailable(Throwable failure) {
        return unavailableCause(failure).isPresent();
    }

    private static boolean meansUnavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException
                || t instanceof ResourceException
                || t instanceof SocketException) {
            return true;
        }
        if (t instanceof SQLException sql
                && sql.getSQLState() != null
                && CONNECTION_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
            return true;
        }
        String message = t.getMessage();
        return message != null && POOL_MESSAGES.stream().anyMatch(message::contains);
    }

    /** What the API answers: status, headers besides the content type, and the problem+json body. */
    public record Answer(int status, Map<String, String> headers, String body) {}

    /** The failure as the API answers it: 503 with Retry-After when the database is out of reach, else 500; logged once. */
    public static Answer answer(Throwable failure, Locale locale) {
        String incident = UUID.randomUUID().toString();
        Optional<Throwable> cause = unavailableCause(failure);
        if (cause.isPresent()) {
            LOG.warning(() -> "API 503, database unavailable, incident " + incident + ": " + oneLine(cause.get()));
            return new Answer(
                    503,
                    Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)),
                    ProblemJson.body(
                            503,
                            "unavailable",
                            Messages.get(locale, "problem.unavailable.title"),
                            Messages.get(
                                    locale,
                                    "problem.unavailable.detail",
                                    String.valueOf(RETRY_AFTER_SECONDS),
                                    incident),
                            null));
        }
        LOG.log(Level.SEVERE, "API 500, incident " + incident, failure);
        return new Answer(
                500,
                Map.of(),
                ProblemJson.body(
                        500,
                        "internal",
                        Messages.get(locale, "problem.internal.title"),
                        Messages.get(locale, "problem.internal.detail", incident),
                        null));
    }

    /** The same as a JAX-RS response, for the exception mappers and filters. */
    public static Response response(Throwable failure, Locale locale) {
        Answer answer = answer(failure, locale);
        Response.ResponseBuilder response = Response.status(answer.status())
                .type(ProblemJson.MEDIA_TYPE + ";charset=UTF-8")
                .entity(answer.body());
        answer.headers().forEach(response::header);
        return response.build();
    }

    /** For failures outside JAX-RS (authentication, a servlet filter): the same answer written on the servlet response. */
    public static void write(HttpServletResponse response, Throwable failure, Locale locale) {
        Answer answer = answer(failure, locale);
        if (response.isCommitted()) {
            return; // part of an answer has gone out already: nothing better can be said
        }
        try {
            response.resetBuffer(); // keeps the security headers already set
            response.setStatus(answer.status());
            answer.headers().forEach(response::setHeader);
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(answer.body());
            response.flushBuffer();
        } catch (IOException | IllegalStateException e) {
            // the client went away
        }
    }

    /** {@code org.postgresql.util.PSQLException: An I/O error occurred…} on one line, without the stack. */
    public static String oneLine(Throwable t) {
        String message = t.getMessage() == null
                ? ""
                : t.getMessage().replaceAll("\\s+", " ").strip();
        return t.getClass().getName()
                + (message.isEmpty()
                        ? ""
                        : ": " + (message.length() > 300 ? message.substring(0, 300) + "…" : message));
    }
}
