package org.aftersales.accounts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.accounts.UserAccount;
import org.aftersales.domain.shared.PageResult;

/** The accounts context's lookups: one account by username, a page of them, the active ones, how many. */
@Dependent
public class AccountQueries {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /** The account; with {@code forUpdate} its row is locked for this transaction (logins counted in turn). */
    public Optional<UserAccount> byUsername(String username, boolean forUpdate) {
        var query =
                em.createNamedQuery("UserAccount.byUsername", UserAccount.class).setParameter("username", username);
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    public PageResult<UserAccount> page(int first, int size) {
        List<UserAccount> items = em.createNamedQuery("UserAccount.all", UserAccount.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return new PageResult<>(items, count());
    }

    public long count() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }

    /** The accounts that are not locked by an administrator. */
    public List<UserAccount> active() {
        return em.createNamedQuery("UserAccount.active", UserAccount.class).getResultList();
    }
}
