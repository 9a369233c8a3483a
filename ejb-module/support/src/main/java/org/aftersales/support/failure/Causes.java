package org.aftersales.support.failure;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A failure and its causes, outermost first, each once: the chain of {@code getCause()}, and for a
 * driver's SQLException without a cause the exception it chained next (a batch's real failure). A
 * chain that loops ends where it would repeat. The one walk for the code that asks what a failure
 * was underneath (the API's 503, an Idempotency-Key in use).
 */
public final class Causes {

    private Causes() {}

    public static Stream<Throwable> of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return Stream.iterate(failure, t -> t != null && seen.add(t), Causes::next);
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }
}
