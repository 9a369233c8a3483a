package org.aftersales.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aftersales.domain.billing.ExpenseClaim;
import org.aftersales.domain.billing.ExpenseClaimState;
import org.aftersales.domain.billing.ExpenseQuota;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.support.query.Listing;

/** B6, B7: expense claims and the monthly quotas as the boundaries and the approval handler look them up. */
@Dependent
public class ExpenseSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public Optional<ExpenseClaim> claim(String number, boolean lock) {
        var query =
                em.createNamedQuery("ExpenseClaim.byNumber", ExpenseClaim.class).setParameter("number", number);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** The claims naming the ticket in these states. */
    public List<ExpenseClaim> ofTicket(String ticketNumber, Collection<ExpenseClaimState> states) {
        return em.createNamedQuery("ExpenseClaim.ofTicket", ExpenseClaim.class)
                .setParameter("ticket", ticketNumber)
                .setParameter("states", states)
                .getResultList();
    }

    /** Claims newest first; each filter null means any. */
    public PageResult<ExpenseClaim> claims(
            String handler, String department, ExpenseClaimState state, YearMonth month, int first, int size) {
        return Listing.of(em, ExpenseClaim.class)
                .where((cb, c) -> {
                    List<Predicate> p = new ArrayList<>();
                    if (Listing.given(handler)) {
                        p.add(cb.equal(c.get("handler"), handler));
                    }
                    if (Listing.given(department)) {
                        p.add(cb.equal(c.get("department"), department));
                    }
                    if (state != null) {
                        p.add(cb.equal(c.get("state"), state));
                    }
                    if (month != null) {
                        p.add(cb.between(c.get("filedOn"), month.atDay(1), month.atEndOfMonth()));
                    }
                    return p;
                })
                .orderBy((cb, c) -> List.of(cb.desc(c.get("filedAt"))))
                .page(first, size);
    }

    /** B7: the total of the claims in these states filed in the month, per department. */
    public Map<String, BigDecimal> totals(YearMonth month, Collection<ExpenseClaimState> states) {
        Map<String, BigDecimal> out = new TreeMap<>();
        em.createNamedQuery("ExpenseClaim.spent", Object[].class)
                .setParameter("states", states)
                .setParameter("from", month.atDay(1))
                .setParameter("to", month.atEndOfMonth())
                .getResultList()
                .forEach(r -> out.put((String) r[0], (BigDecimal) r[1]));
        return out;
    }

    public List<ExpenseQuota> quotas(YearMonth month) {
        return em.createNamedQuery("ExpenseQuota.ofMonth", ExpenseQuota.class)
                .setParameter("month", month.toString())
                .getResultList();
    }

    public Optional<ExpenseQuota> quota(String department, YearMonth month) {
        return em.createNamedQuery("ExpenseQuota.of", ExpenseQuota.class)
                .setParameter("month", month.toString())
                .setParameter("department", department)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
