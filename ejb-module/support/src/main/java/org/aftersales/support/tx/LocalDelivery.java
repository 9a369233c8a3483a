package org.aftersales.support.tx;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

/**
 * The transaction of a message-driven bean that receives without a distributed transaction (bean
 * managed): its database work commits in a transaction of its own, and the message is acknowledged
 * only after {@code onMessage} returns. A failure rolls the work back and is thrown on, so the
 * resource adapter delivers the message again (and after the redelivery limit puts it in the dead
 * message queue), as before. A crash between the commit and the acknowledgement delivers it once
 * more: every consumer remembers the events it handled ({@code ProcessedEvent}) and skips it.
 *
 * <p>Issue 15 (memory, speed): a delivery in a distributed transaction (the JMS session and the
 * database, two-phase commit) writes Payara's transaction log, whose file handles Payara 6.2025.9
 * never frees (payara/Payara#7849): 64 KB of heap per 64 KB of log. Without it the log is not
 * written at all.
 */
public final class LocalDelivery {

    private LocalDelivery() {}

    public static void handle(UserTransaction transaction, Runnable work) {
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("cannot begin the delivery's transaction", e);
        }
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            rollBack(transaction);
            throw e;
        }
        try {
            if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
                throw new IllegalStateException("the delivery's transaction was marked for rollback");
            }
            transaction.commit();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the delivery's transaction did not commit", e);
        }
    }

    private static void rollBack(UserTransaction transaction) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | RuntimeException e) {
            // the failure that brought us here is the one to report
        }
    }
}
