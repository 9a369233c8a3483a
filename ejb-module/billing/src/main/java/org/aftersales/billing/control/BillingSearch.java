package org.aftersales.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.billing.Charge;
import org.aftersales.domain.billing.ChargeStatus;
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

    /**
     * 10.3: the charges that match, newest first: number (the charge's or its ticket's, starts with),
     * customer (contains), status (from what was received), the day made in {@code zone}.
     */
    public PageResult<Charge> charges(
            String number,
            String customer,
            ChargeStatus status,
            LocalDate from,
            LocalDate to,
            ZoneId zone,
            int first,
            int size) {
        return Listing.of(em, Charge.class)
                .where((cb, c) -> chargeFilters(cb, c, number, customer, status, from, to, zone))
                .orderBy((cb, c) -> List.of(cb.desc(c.get("createdAt"))))
                .page(first, size);
    }

    private static List<Predicate> chargeFilters(
            CriteriaBuilder cb,
            Root<Charge> c,
            String number,
            String customer,
            ChargeStatus status,
            LocalDate from,
            LocalDate to,
            ZoneId zone) {
        List<Predicate> where = new ArrayList<>();
        if (Listing.given(number)) {
            String n = number.strip();
            where.add(cb.or(
                    Listing.startsWith(cb, c.get("number"), n), Listing.startsWith(cb, c.get("ticketNumber"), n)));
        }
        if (Listing.given(customer)) {
            where.add(Listing.contains(cb, c.get("customerName"), customer.strip()));
        }
        if (status != null) {
            where.add(
                    switch (status) {
                        case UNPAID -> cb.lessThanOrEqualTo(c.get("paid"), java.math.BigDecimal.ZERO);
                        case PART_PAID ->
                            cb.and(
                                    cb.greaterThan(c.get("paid"), java.math.BigDecimal.ZERO),
                                    cb.lessThan(c.<java.math.BigDecimal>get("paid"), c.get("total")));
                        case PAID ->
                            cb.and(
                                    cb.greaterThan(c.get("paid"), java.math.BigDecimal.ZERO),
                                    cb.greaterThanOrEqualTo(c.<java.math.BigDecimal>get("paid"), c.get("total")));
                    });
        }
        if (from != null) {
            Instant start = from.atStartOfDay(zone).toInstant();
            where.add(cb.greaterThanOrEqualTo(c.get("createdAt"), start));
        }
        if (to != null) {
            Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
            where.add(cb.lessThan(c.get("createdAt"), end));
        }
        return where;
    }
}
