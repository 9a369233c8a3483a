package org.aftersales.tickets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.tickets.GoodsLogEntry;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.domain.tickets.TicketEvent;
import org.aftersales.domain.tickets.WorkEntry;
import org.aftersales.support.query.Listing;

/** The tickets context's lookups: one ticket, its history, its work entries, the goods log, what is due. */
@Dependent
public class TicketQueries {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /** A ticket by its number as people type it (any case, spaces around). */
    public Optional<Ticket> byNumber(String number) {
        if (number == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM Ticket t WHERE t.number = :n", Ticket.class)
                .setParameter("n", number.strip().toUpperCase())
                .getResultStream()
                .findFirst();
    }

    /** The ticket, its row locked for this transaction (events are recorded one after the other). */
    public Optional<Ticket> locked(String number) {
        return em.createQuery("SELECT t FROM Ticket t WHERE t.number = :n", Ticket.class)
                .setParameter("n", number == null ? "" : number.strip().toUpperCase())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** T3: the history in the order it happened. */
    public List<TicketEvent> history(Ticket ticket) {
        return em.createQuery("SELECT e FROM TicketEvent e WHERE e.ticket = :t ORDER BY e.id", TicketEvent.class)
                .setParameter("t", ticket)
                .getResultList();
    }

    /** T11: the technician's hours on the ticket on that day, if any were booked. */
    public Optional<WorkEntry> workEntry(String number, String technician, LocalDate day) {
        return em.createQuery(
                        "SELECT w FROM WorkEntry w WHERE w.ticketNumber = :n AND w.technician = :t "
                                + "AND w.workDate = :d",
                        WorkEntry.class)
                .setParameter("n", number)
                .setParameter("t", technician)
                .setParameter("d", day)
                .getResultStream()
                .findFirst();
    }

    /** T6: the goods in/out log, newest first. */
    public PageResult<GoodsLogEntry> goodsLog(int first, int size) {
        return Listing.of(em, GoodsLogEntry.class)
                .orderBy((cb, g) -> List.of(cb.desc(g.get("at"))))
                .page(first, size);
    }

    /**
     * T5: the tickets whose next deadline falls before {@code until}, soonest first; what was told
     * already (this deadline, this stage) is skipped, so old breaches never crowd out new ones.
     */
    public List<Long> dueBy(Instant until, Instant now, int max) {
        return em.createQuery(
                        "SELECT t.id FROM Ticket t WHERE t.nextDeadline IS NOT NULL "
                                + "AND t.nextDeadline <= :until AND (t.alertedDeadline IS NULL OR t.alertedDeadline <> t.nextDeadline "
                                + "OR (t.alertedStage = 'DUE_SOON' AND t.nextDeadline < :now)) ORDER BY t.nextDeadline",
                        Long.class)
                .setParameter("until", until)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }
}
