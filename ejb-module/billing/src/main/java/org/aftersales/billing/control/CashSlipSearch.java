package org.aftersales.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.billing.CashSlip;
import org.aftersales.domain.billing.ChargePayment;
import org.aftersales.domain.billing.ChargePaymentMethod;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.support.query.Listing;

/** 10.3: the cash payments taken on site not yet handed in, and the payment slips they went on. */
@Dependent
public class CashSlipSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /** The cash {@code by} took and has not handed in yet, every department, oldest first. */
    public List<ChargePayment> unhanded(String by) {
        return em.createNamedQuery("ChargePayment.unhandedOf", ChargePayment.class)
                .setParameter("by", by)
                .setParameter("cash", ChargePaymentMethod.CASH)
                .getResultList();
    }

    /**
     * The same for one department, the rows locked to the end of the transaction (a second slip made
     * at the same time waits, then finds them handed in).
     */
    public List<ChargePayment> lockUnhanded(String by, String department) {
        return em
                .createNamedQuery("ChargePayment.unhanded", ChargePayment.class)
                .setParameter("by", by)
                .setParameter("cash", ChargePaymentMethod.CASH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList() // Derby: no ORDER BY and no join with FOR UPDATE
                .stream()
                .filter(p -> !p.settled() && p.getCharge().getDepartment().equals(department))
                .sorted(java.util.Comparator.comparing(ChargePayment::getId))
                .toList();
    }

    public List<ChargePayment> onSlip(String number) {
        return em.createNamedQuery("ChargePayment.onSlip", ChargePayment.class)
                .setParameter("slip", number)
                .getResultList();
    }

    public Optional<CashSlip> slip(String number, boolean lock) {
        var query = em.createNamedQuery("CashSlip.byNumber", CashSlip.class).setParameter("number", number);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** Slips newest first; {@code paidInBy} null: everyone's; {@code open}: not yet settled by a cashier. */
    public PageResult<CashSlip> slips(String paidInBy, boolean open, int first, int size) {
        return Listing.of(em, CashSlip.class)
                .where((cb, s) -> {
                    List<Predicate> where = new ArrayList<>();
                    if (Listing.given(paidInBy)) {
                        where.add(cb.equal(s.get("paidInBy"), paidInBy));
                    }
                    if (open) {
                        where.add(cb.isNull(s.get("receivedAt")));
                    }
                    return where;
                })
                .page(first, size);
    }
}
