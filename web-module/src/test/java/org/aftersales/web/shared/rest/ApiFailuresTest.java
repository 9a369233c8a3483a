package org.aftersales.web.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.stream.Stream;
import org.aftersales.web.shared.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 10.20: which failures mean "the database is out of reach" (503, retry) and which are defects (500). */
class ApiFailuresTest {

    private static EJBException ejb(Throwable cause) {
        EJBException e = new EJBException("Transaction aborted");
        e.initCause(cause);
        return e;
    }

    /** What EclipseLink throws: a PersistenceException over the driver's SQLException. */
    private static PersistenceException jpa(Throwable sql) {
        return new PersistenceException("Exception [EclipseLink-4002]: Internal Exception: " + sql.getMessage(), sql);
    }

    /** What Payara's pool throws when it cannot hand out a connection: its ResourceException inside an SQLException. */
    private static SQLException poolSaysNo(String why) {
        SQLException e = new SQLException("Error in allocating a connection. Cause: " + why);
        e.initCause(new ResourceAllocationException(why));
        return e;
    }

    static Stream<Arguments> unavailable() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23000", new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        Throwable loop = new IllegalStateException("outer");
        SQLException inner = new SQLException("terminating connection due to administrator command", "57P01");
        inner.initCause(loop);
        loop.initCause(inner);
        return Stream.of(
                Arguments.of(
                        "connection lost mid-query (PostgreSQL 08006) through JPA and EJB",
                        ejb(jpa(new SQLException("An I/O error occurred while sending to the backend.", "08006")))),
                Arguments.of(
                        "server shutting down (57P01)",
                        ejb(jpa(new SQLException("terminating connection due to administrator command", "57P01")))),
                Arguments.of(
                        "server starting up (57P03)",
                        jpa(new SQLException("the database system is starting up", "57P03"))),
                Arguments.of(
                        "connection refused (08001 over ConnectException)",
                        ejb(jpa(new SQLException(
                                "Connection to localhost:5432 refused.", "08001", new ConnectException())))),
                Arguments.of(
                        "too many connections (53300)",
                        jpa(new SQLException("sorry, too many clients already", "53300"))),
                Arguments.of(
                        "the pool's max wait expired",
                        ejb(
                                jpa(
                                        poolSaysNo(
                                                "In-use connections equal max-pool-size and expired max-wait-time. Cannot allocate more connections.")))),
                Arguments.of(
                        "the pool cannot create a connection (cause lost)",
                        new EJBTransactionRolledbackException(
                                "Error in allocating a connection. Cause: Connection could not be allocated")),
                Arguments.of("a bare ResourceException", new ResourceException("pool is closed")),
                Arguments.of("SQLTransientConnectionException", new SQLTransientConnectionException("timeout")),
                Arguments.of(
                        "SQLNonTransientConnectionException (Derby 08006)",
                        ejb(new SQLNonTransientConnectionException("Database shut down", "08006"))),
                Arguments.of("SQLRecoverableException", new SQLRecoverableException("closed connection")),
                Arguments.of(
                        "a ConnectException anywhere in the chain",
                        new RuntimeException(new ConnectException("refused"))),
                Arguments.of("the lost connection is the batch's next exception", ejb(jpa(batch))),
                Arguments.of("a cause chain with a loop", ejb(loop)),
                // seen in DatabaseOutageIT on PostgreSQL: the database went away during the commit
                Arguments.of(
                        "the commit's XA resource lost its connection",
                        ejb(new RuntimeException(
                                new javax.transaction.xa.XAException("Managed Connection is not valid")))),
                // issue 15.1, DatabaseOutageIT on PostgreSQL with validation at most once in 5 s: the pool
                // closed every connection (another one failed its check) while this transaction held one
                Arguments.of(
                        "the commit found its connection closed by the pool",
                        ejb(new RuntimeException(new javax.transaction.xa.XAException(
                                "jakarta.resource.spi.LocalTransactionException: This connection has been closed.")))),
                // issue 15.1, DatabaseOutageIT on PostgreSQL: the database was shut down during the commit
                // itself; the XA wrapper keeps only the text of the pool's LocalTransactionException
                Arguments.of(
                        "the commit's connection was terminated by the database",
                        ejb(new RuntimeException(new javax.transaction.xa.XAException(
                                "jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to"
                                        + " administrator command")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unavailable(String what, Throwable failure) {
        assertTrue(ApiFailures.unavailable(failure), what);
        ApiFailures.Answer answer = ApiFailures.answer(failure, Locale.ENGLISH);
        assertEquals(503, answer.status());
        assertEquals(
                String.valueOf(ApiFailures.RETRY_AFTER_SECONDS),
                answer.headers().get("Retry-After"));
        assertTrue(
                answer.body().contains("\"status\":503") && answer.body().contains("problems/unavailable"),
                answer.body());
        assertFalse(answer.body().contains("Exception"), "no internals to the client: " + answer.body());
    }

    static Stream<Arguments> defects() {
        Throwable loop = new IllegalStateException("outer");
        Throwable inner = new IllegalArgumentException("inner", loop);
        loop.initCause(inner);
        return Stream.of(
                Arguments.of(
                        "a unique key violated (23505)",
                        ejb(jpa(new SQLIntegrityConstraintViolationException(
                                "duplicate key value violates unique constraint", "23505")))),
                Arguments.of("a syntax error (42601)", jpa(new SQLException("syntax error at or near", "42601"))),
                Arguments.of(
                        "a lock timeout is not a lost connection (55P03)",
                        jpa(new SQLException("lock timeout", "55P03"))),
                Arguments.of("an optimistic lock failure", ejb(new OptimisticLockException("stale"))),
                Arguments.of("a NullPointerException in a bean", ejb(new NullPointerException())),
                Arguments.of("an SQLException without a state", new SQLException("something else")),
                Arguments.of("a loop of ordinary exceptions", loop));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void defects(String what, Throwable failure) {
        assertFalse(ApiFailures.unavailable(failure), what);
        ApiFailures.Answer answer = ApiFailures.answer(failure, Messages.CHINESE);
        assertEquals(500, answer.status());
        assertTrue(answer.headers().isEmpty());
        assertTrue(
                answer.body().contains("\"status\":500") && answer.body().contains("problems/internal"), answer.body());
    }

    @Test
    void theAnswerSaysWhenToRetryInTheCallersLanguageAndTheLogLineIsOneLine() {
        Throwable failure =
                ejb(jpa(new SQLException("An I/O error occurred\n while sending to the backend.", "08006")));
        assertTrue(ApiFailures.answer(failure, Messages.CHINESE).body().contains("5 秒后重试"));
        assertTrue(ApiFailures.answer(failure, Locale.ENGLISH).body().contains("Retry in 5 seconds"));
        String line = ApiFailures.oneLine(ApiFailures.unavailableCause(failure).orElseThrow());
        assertEquals("java.sql.SQLException: An I/O error occurred while sending to the backend.", line);
    }
}
