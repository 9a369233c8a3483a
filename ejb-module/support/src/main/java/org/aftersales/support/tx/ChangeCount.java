package org.aftersales.support.tx;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that moves on whenever something a server remembers has changed (issue 15.2: accounts,
 * settings). What is remembered carries the number it was read at and is read again once the number
 * has moved. The number moves when the changing transaction has ended, committed or rolled back, so
 * a read taken before the change became visible cannot pass for one after it: take {@link #current}
 * before the read it will date.
 */
public final class ChangeCount {

    private final AtomicLong count = new AtomicLong();

    public long current() {
        return count.get();
    }

    /** Something is changing in the current transaction: the number moves when it ends (at once without one). */
    public void movesAtEndOf(TransactionSynchronizationRegistry transactions) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            count.incrementAndGet();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing is visible to others yet
            }

            @Override
            public void afterCompletion(int status) {
                count.incrementAndGet();
            }
        });
    }
}
