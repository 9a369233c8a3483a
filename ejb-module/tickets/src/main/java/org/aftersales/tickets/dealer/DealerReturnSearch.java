package org.aftersales.tickets.dealer;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.dealer.DealerReturn;
import org.aftersales.domain.dealer.DealerReturnStage;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.support.query.Listing;
import org.aftersales.tickets.dealer.DealerReturnViews.DealerReturnQuery;

/**
 * The dealer-return list's query (T7): each filter is a column with an index (migration 007), newest
 * first; the page and its count run as two statements.
 */
@Dependent
public class DealerReturnSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public PageResult<DealerReturn> find(DealerReturnQuery q, ZoneId zone, LocalDate today, int first, int size) {
        return Listing.of(em, DealerReturn.class).where((cb, r) -> filters(cb, r, q, zone, today)).page(first, size);
    }

    private static List<Predicate> filters(CriteriaBuilder cb, Root<DealerReturn> r, DealerReturnQuery q, ZoneId zone,
            LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().strip();
            where.add(cb.or(cb.equal(r.get("number"), text.toUpperCase()), cb.equal(r.get("ticketNumber"),
                    text.toUpperCase()), cb.equal(r.get("serialNumber"), text),
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
            where.add(q.overdue()
                    ? cb.and(cb.notEqual(r.get("stage"), DealerReturnStage.CLOSED),
                            cb.lessThan(r.<LocalDate>get("dueDate"), today))
                    : cb.or(cb.equal(r.get("stage"), DealerReturnStage.CLOSED), cb.isNull(r.get("dueDate")),
                            cb.greaterThanOrEqualTo(r.<LocalDate>get("dueDate"), today)));
        }
        if (q.receivedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(r.get("receivedAt"), q.receivedFrom().atStartOfDay(zone).toInstant()));
        }
        if (q.receivedTo() != null) {
            where.add(cb.lessThan(r.get("receivedAt"), q.receivedTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return where;
    }
}
