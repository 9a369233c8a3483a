package org.aftersales.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.aftersales.support.tx.ChangeCount;

/**
 * Issue 15.2: a number that moves on whenever an account changes in this server — a failed or
 * successful login, a lock, an unlock, a new password, new roles, a new language. What the
 * authentication remembers about a caller (the API's credential cache, a staff member's session)
 * carries the number it was checked at, and is checked against the account again as soon as the
 * number has moved, instead of on every request. A plain CDI bean, not an EJB: reading it is one
 * memory read, which is the point.
 *
 * <p>The number moves when the changing transaction has ended (committed or rolled back), so a check
 * that read the account before the change became visible cannot be taken for one after it: the
 * check takes the number before it reads the account ({@link #generation}), and a change that ends
 * after that makes the number different.
 */
@ApplicationScoped
public class AccountChanges {

    private final ChangeCount count = new ChangeCount();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The current number; take it before reading the account whose check it will date. */
    public long generation() {
        return count.current();
    }

    /** An account is changing in the current transaction: the number moves when it ends (at once without one). */
    public void changing() {
        count.movesAtEndOf(transactions);
    }
}
