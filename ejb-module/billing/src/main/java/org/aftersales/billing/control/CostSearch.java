package org.aftersales.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.billing.Budget;
import org.aftersales.domain.billing.Cents;
import org.aftersales.domain.billing.CostBooking;
import org.aftersales.domain.billing.ExpenseClaimState;
import org.aftersales.domain.billing.SupplierClaim;
import org.aftersales.domain.billing.SupplierClaimState;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.support.query.Listing;

/** B5: cost bookings, supplier claims and budgets as the boundaries look them up. */
@Dependent
public class CostSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public Optional<CostBooking> booking(String ticketNumber) {
        return em.createNamedQuery("CostBooking.ofTicket", CostBooking.class)
                .setParameter("ticket", ticketNumber)
                .getResultStream()
                .findFirst();
    }

    /** The ticket's booking, its row locked: two bookings of one ticket at once are put in order. */
    public Optional<CostBooking> lockedBooking(String ticketNumber) {
        return em.createNamedQuery("CostBooking.ofTicket", CostBooking.class)
                .setParameter("ticket", ticketNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** B5: what the department's budget of the year has spent — its bookings the company carries. */
    public BigDecimal spent(String department, int year) {
        BigDecimal sum = em.createNamedQuery("CostBooking.spent", BigDecimal.class)
                .setParameter("department", department)
                .setParameter("year", year)
                .setParameter("centres", CostBooking.onBudget())
                .getSingleResult();
        return Cents.orZero(sum).add(claimedWithoutTickets(department, year));
    }

    /**
     * B5, B6: approved (or paid) expense claims of the department filed in the year that belong to no
     * ticket — project or department costs no booking carries; those of tickets are in the bookings.
     */
    public BigDecimal claimedWithoutTickets(String department, int year) {
        return Cents.orZero(em.createNamedQuery("ExpenseClaim.spentWithoutTickets", BigDecimal.class)
                .setParameter("department", department)
                .setParameter("states", java.util.EnumSet.of(ExpenseClaimState.APPROVED, ExpenseClaimState.PAID))
                .setParameter("from", java.time.LocalDate.of(year, 1, 1))
                .setParameter("to", java.time.LocalDate.of(year, 12, 31))
                .getSingleResult());
    }

    public Optional<SupplierClaim> claim(String number) {
        return em.createNamedQuery("SupplierClaim.byNumber", SupplierClaim.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** The claim, its row locked: two people moving it at once are put in order (the second → 409). */
    public Optional<SupplierClaim> lockedClaim(String number) {
        return em.createNamedQuery("SupplierClaim.byNumber", SupplierClaim.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public Optional<SupplierClaim> claimOfTicket(String ticketNumber) {
        return em.createNamedQuery("SupplierClaim.ofTicket", SupplierClaim.class)
                .setParameter("ticket", ticketNumber)
                .getResultStream()
                .findFirst();
    }

    /** B5: the claims, per supplier (a part of its name) and state, newest first. */
    public PageResult<SupplierClaim> claims(String supplier, SupplierClaimState state, int first, int size) {
        return Listing.of(em, SupplierClaim.class)
                .where((cb, c) -> {
                    List<Predicate> where = new ArrayList<>();
                    if (Listing.given(supplier)) {
                        where.add(Listing.contains(cb, c.get("supplier"), supplier.strip()));
                    }
                    if (state != null) {
                        where.add(cb.equal(c.get("state"), state));
                    }
                    return where;
                })
                .orderBy((cb, c) -> List.of(cb.asc(c.get("supplier")), cb.desc(c.get("openedAt"))))
                .page(first, size);
    }

    public Optional<Budget> budget(String department, int year) {
        return em.createNamedQuery("Budget.of", Budget.class)
                .setParameter("department", department)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    /** The budget, its row locked: the warnings of two bookings at once are given once. */
    public Optional<Budget> lockedBudget(String department, int year) {
        return em.createNamedQuery("Budget.of", Budget.class)
                .setParameter("department", department)
                .setParameter("year", year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public List<Budget> budgets(int year) {
        return em.createNamedQuery("Budget.ofYear", Budget.class)
                .setParameter("year", year)
                .getResultList();
    }
}
