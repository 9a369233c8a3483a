package org.aftersales.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15.4: which failures of a claim mean "another request holds this Idempotency-Key" (409, retry
 * later): a duplicate key, or a lock conflict with the racing transaction (on Derby a racing duplicate
 * is a lock timeout, TicketsIT#racingRequestsWithOneIdempotencyKeyCreateOneTicket). Before, every
 * failure was taken for one — a lost connection or a defect too.
 */
class IdempotencyStoreTest {

    @ParameterizedTest(name = "{0} ({1}) → key busy: {2}")
    @CsvSource({
        "PostgreSQL unique violation, 23505, true",
        "Derby unique violation, 23505, true",
        "Derby lock timeout (a racing duplicate), 40XL1, true",
        "Derby deadlock, 40001, true",
        "PostgreSQL deadlock, 40P01, true",
        "PostgreSQL lock not available, 55P03, true",
        "connection lost, 08006, false",
        "PostgreSQL shutting down, 57P01, false",
        "a value too long, 22001, false",
        "a not-null column left empty, 23502, false",
    })
    void onlyAKeyHeldByAnotherTransactionIsBusy(String what, String sqlState, boolean busy) {
        SQLException sql = sqlState.startsWith("23")
                ? new SQLIntegrityConstraintViolationException(what, sqlState)
                : sqlState.startsWith("40")
                        ? new SQLTransactionRollbackException(what, sqlState)
                        : new SQLException(what, sqlState);
        // as EclipseLink reports it: PersistenceException over its DatabaseException over the driver's
        PersistenceException failure = new PersistenceException(
                "Exception [EclipseLink-4002]", new RuntimeException("DatabaseException", sql));
        assertEquals(busy, IdempotencyStore.keyBusy(failure), what);
    }

    @org.junit.jupiter.api.Test
    void aFailureWithoutAnSqlStateIsNotBusy() {
        assertEquals(false, IdempotencyStore.keyBusy(new PersistenceException("no cause")));
    }
}
