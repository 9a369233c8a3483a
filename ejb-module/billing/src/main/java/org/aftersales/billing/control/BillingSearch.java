package org.aftersales.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.billing.Charge;
import org.aftersales.domain.billing.FeeSchedule;
import org.aftersales.domain.billing.Quote;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.support.query.Listing;

/** B1–B4: the fee schedules, quotes and charges as the boundaries and approval handlers look them up. */
@Dependent
public class BillingSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public Optional<FeeSchedule> schedule(int version) {
        return em.createNamedQuery("FeeSchedule.byVersion", FeeSchedule.class)
                .setParameter("version", version)
                .getResultStream()
                .findFirst();
    }

    /** The version, its row locked until the transaction ends (the approval's decision, a revision). */
    public Optional<FeeSchedule> lockedSchedule(int version) {
        return em.createNamedQuery("FeeSchedule.byVersion", FeeSchedule.class)
                .setParameter("version", version)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** B1: the approved version with the latest {@code validFrom} not after {@code day}. */
    public Optional<FeeSchedule> inForce(LocalDate day) {
        return em.createNamedQuery("FeeSchedule.inForce", FeeSchedule.class)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The highest version number given so far (0 when none). */
    public int latestVersion() {
        Integer latest =
                em.createNamedQuery("FeeSchedule.latestVersion", Integer.class).getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** Every version, newest first. */
    public PageResult<FeeSchedule> schedules(int first, int size) {
        return Listing.of(em, FeeSchedule.class)
                .orderBy((cb, f) -> List.of(cb.desc(f.get("scheduleVersion"))))
                .page(first, size);
    }

    public Optional<Quote> quote(String ticketNumber) {
        return em.createNamedQuery("Quote.ofTicket", Quote.class)
                .setParameter("ticket", ticketNumber)
                .getResultStream()
                .findFirst();
    }

    /** The ticket's quote, locked: two people quoting or accepting at once are put in order. */
    public Optional<Quote> lockedQuote(String ticketNumber) {
        return em.createNamedQuery("Quote.ofTicket", Quote.class)
                .setParameter("ticket", ticketNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public Optional<Charge> charge(String number) {
        return em.createNamedQuery("Charge.byNumber", Charge.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** 10.3: the charge, its row locked, so two payments at once keep the balance right. */
    public Optional<Charge> lockedCharge(String number) {
        return em.createNamedQuery("Charge.byNumber", Charge.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public Optional<Charge> chargeOfTicket(String ticketNumber) {
        return em.createNamedQuery("Charge.ofTicket", Charge.class)
                .setParameter("ticket", ticketNumber)
                .getResultStream()
                .findFirst();
    }
}
