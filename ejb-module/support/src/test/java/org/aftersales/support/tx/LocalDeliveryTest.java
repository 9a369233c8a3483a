package org.aftersales.support.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a message-driven bean's own transaction. The work commits when it ends normally; a
 * failure rolls it back and is thrown on unchanged (so the message is delivered again); work marked
 * for rollback is rolled back and refused.
 */
class LocalDeliveryTest {

    /** A UserTransaction that writes down what it is asked (JTA's interface, not ours). */
    static final class Recorded implements UserTransaction {
        final List<String> calls = new ArrayList<>();
        int status = Status.STATUS_NO_TRANSACTION;

        @Override
        public void begin() {
            calls.add("begin");
            status = Status.STATUS_ACTIVE;
        }

        @Override
        public void commit() {
            calls.add("commit");
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void rollback() {
            calls.add("rollback");
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setTransactionTimeout(int seconds) {}
    }

    @Test
    void workThatEndsNormallyCommits() {
        Recorded tx = new Recorded();
        List<String> done = new ArrayList<>();
        LocalDelivery.handle(tx, () -> done.add("work"));
        assertEquals(List.of("work"), done);
        assertEquals(List.of("begin", "commit"), tx.calls);
    }

    @Test
    void aFailureRollsBackAndIsThrownOnUnchanged() {
        Recorded tx = new Recorded();
        IllegalArgumentException failure = new IllegalArgumentException("Not a domain event");
        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> LocalDelivery.handle(tx, () -> {
                    throw failure;
                }));
        assertSame(failure, thrown);
        assertEquals(List.of("begin", "rollback"), tx.calls);
    }

    @Test
    void workMarkedForRollbackIsRolledBackAndRefused() {
        Recorded tx = new Recorded();
        assertThrows(IllegalStateException.class, () -> LocalDelivery.handle(tx, tx::setRollbackOnly));
        assertEquals(List.of("begin", "rollback"), tx.calls);
    }
}
