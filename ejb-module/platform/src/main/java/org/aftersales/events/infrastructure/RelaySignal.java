package org.aftersales.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Tells the {@link EventRelay}'s worker that a commit wrote events to the outbox. Issue 15.1: a
 * managed task per commit (its context captured through the ServiceLoader, then a transaction and
 * a JMS session of its own) cost more CPU than the relaying itself; raising this signal costs a
 * counter, and one relay run takes what all commits since the last one wrote.
 */
@ApplicationScoped
public class RelaySignal {

    private final Semaphore raised = new Semaphore(0);

    /** After a commit that wrote events; never blocks. */
    public void raise() {
        if (raised.availablePermits() == 0) {
            raised.release();
        }
    }

    /**
     * Waits until the signal was raised or {@code atMost} has passed; true when it was raised. Once
     * raised, it waits {@code gather} longer and then clears the signal: the run that follows reads
     * every row committed before, the commits of those few milliseconds included.
     */
    public boolean await(Duration atMost, Duration gather) throws InterruptedException {
        if (!raised.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        if (!gather.isZero()) {
            Thread.sleep(gather.toMillis());
        }
        raised.drainPermits();
        return true;
    }
}
