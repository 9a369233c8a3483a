package org.aftersales.support.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walk down a failure: outermost first, a batch's chained exception too, a loop ends. */
class CausesTest {

    @Test
    void theChainOutermostFirstWithABatchsNextException() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23000", new int[0]);
        SQLException next = new SQLException("duplicate key", "23505");
        batch.setNextException(next);
        RuntimeException outer = new RuntimeException("outer", batch);
        assertEquals(List.of(outer, batch, next), Causes.of(outer).toList());
    }

    @Test
    void aLoopEndsWhereItWouldRepeat() {
        Throwable outer = new IllegalStateException("outer");
        Throwable inner = new IllegalArgumentException("inner", outer);
        outer.initCause(inner);
        assertEquals(List.of(outer, inner), Causes.of(outer).toList());
    }

    @Test
    void noFailureNoCauses() {
        assertEquals(List.of(), Causes.of(null).toList());
    }
}
