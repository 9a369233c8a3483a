package org.aftersales.support.tx;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has committed, at most once per transaction and
 * {@code key} however often it is asked for (the event relay, the mail sender). Nothing runs on a
 * rollback.
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void once(TransactionSynchronizationRegistry transaction, String key, Runnable action) {
        if (transaction.getResource(key) != null) {
            return;
        }
        transaction.putResource(key, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the rows the action works on commit with the change
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
