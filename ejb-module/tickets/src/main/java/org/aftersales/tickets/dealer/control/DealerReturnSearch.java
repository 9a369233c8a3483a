package org.aftersales.tickets.dealer.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.tickets.GoodsLogEntry;
import org.aftersales.domain.tickets.dealer.DealerReturn;
import org.aftersales.domain.tickets.dealer.DealerReturnStage;
import org.aftersales.support.query.Listing;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnQuery;

/**
 * The dealer-return list's query (T7): each filter is a column with an index (migration 007), newest
 * first; the page and its count run as two statements.
 */
@Dependent
public class DealerReturnSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public PageResult<DealerReturn> find(DealerReturnQuery q, ZoneId zone, LocalDate today, int first, int size) {
        return Listing.of(em, DealerReturn.class)
                .where((cb, r) -> filters(cb, r, q, zone, today))
                .page(first, size);
    }

    /** T7: a dealer return by its number, its row locked for this transaction when {@code lock}. */
    public Optional<DealerReturn> byNumber(String number, boolean lock) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        var query = em.createQuery("SELECT r FROM DealerReturn r WHERE r.number = :n", DealerReturn.class)
                .setParameter("n", number.strip().toUpperCase(Locale.ROOT));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** T7: the dealer return a ticket was opened for, if it was. */
    public Optional<DealerReturn> ofTicket(String ticketNumber) {
        return em.createQuery("SELECT r FROM DealerReturn r WHERE r.ticketNumber = :n", DealerReturn.class)
                .setParameter("n", normal(ticketNumber))
                .getResultStream()
                .findFirst();
    }

    /** T6: a ticket's lines of the goods log, oldest first. */
    public List<GoodsLogEntry> goodsLog(String ticketNumber) {
        return em.createQuery(
                        "SELECT g FROM GoodsLogEntry g WHERE g.ticketNumber = :n ORDER BY g.at, g.id",
                        GoodsLogEntry.class)
                .setParameter("n", normal(ticketNumber))
                .getResultList();
    }

    private static String normal(String number) {
        return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    }

    private static List<Predicate> filters(
            CriteriaBuilder cb, Root<DealerReturn> r, DealerReturnQuery q, ZoneId zone, LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().strip();
            where.add(cb.or(
                    cb.equal(r.get("number"), text.toUpperCase()),
                    cb.equal(r.get("ticketNumber"), text.toUpperCase()),
                    cb.equal(r.get("serialNumber"), text),
                    Listing.contains(cb, r.get("dealerName"), text)));
        }
        if (q.dealerCustomerId() != null) {
            where.add(cb.equal(r.get("dealerCustomerId"), q.dealerCustomerId()));
        }
        if (q.stages() != null && !q.stages().isEmpty()) {
            where.add(r.get("stage").in(q.stages()));
        }
        if (q.overdue() != null) {
            // T7: open and past the due date
            where.add(
                    q.overdue()
                            ? cb.and(
                                    cb.notEqual(r.get("stage"), DealerReturnStage.CLOSED),
                                    cb.lessThan(r.<LocalDate>get("dueDate"), today))
                            : cb.or(
                                    cb.equal(r.get("stage"), DealerReturnStage.CLOSED),
                                    cb.isNull(r.get("dueDate")),
                                    cb.greaterThanOrEqualTo(r.<LocalDate>get("dueDate"), today)));
        }
        if (q.receivedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(
                    r.get("receivedAt"), q.receivedFrom().atStartOfDay(zone).toInstant()));
        }
        if (q.receivedTo() != null) {
            where.add(cb.lessThan(
                    r.get("receivedAt"),
                    q.receivedTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return where;
    }
}
