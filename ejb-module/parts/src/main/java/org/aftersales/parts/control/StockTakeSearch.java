package org.aftersales.parts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.domain.parts.StockTake;
import org.aftersales.domain.parts.StockTakeLine;
import org.aftersales.domain.parts.StockTakeStatus;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.parts.boundary.StockTakes.LineFilter;
import org.aftersales.support.query.Listing;

/** P6: the stock-takes, their lines and the book quantities they start from. */
@Dependent
public class StockTakeSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /** The stock-takes of a service point (or all), newest first, optionally of one status. */
    public PageResult<StockTake> takes(String servicePoint, StockTakeStatus status, int first, int size) {
        return Listing.of(em, StockTake.class)
                .where((cb, t) -> {
                    List<Predicate> where = new ArrayList<>();
                    if (Listing.given(servicePoint)) {
                        where.add(cb.equal(t.get("servicePoint"), Warehouse.code(servicePoint)));
                    }
                    if (status != null) {
                        where.add(cb.equal(t.get("status"), status));
                    }
                    return where;
                })
                .page(first, size);
    }

    /** The lines of a stock-take in line (part-number) order. */
    public PageResult<StockTakeLine> lines(StockTake take, LineFilter filter, int first, int size) {
        return Listing.of(em, StockTakeLine.class)
                .where((cb, l) -> {
                    List<Predicate> where = new ArrayList<>();
                    where.add(cb.equal(l.get("stockTake"), take));
                    switch (filter == null ? LineFilter.ALL : filter) {
                        case ALL -> {}
                        case UNCOUNTED -> where.add(cb.isNull(l.get("countedQty")));
                        case DIFFERENCES -> where.add(cb.notEqual(l.get("countedQty"), l.get("bookQty")));
                    }
                    return where;
                })
                .orderBy((cb, l) -> List.of(cb.asc(l.get("lineNo"))))
                .page(first, size);
    }

    /** P6: one stock-take at a time per service point — starters queue on the service point's row. */
    public void lockServicePoint(String code) {
        em.createNamedQuery("ServicePoint.byCode")
                .setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    /** The numbers of the stock-takes of a service point still counting or submitted. */
    public List<String> open(String servicePoint) {
        return em.createNamedQuery("StockTake.open", String.class)
                .setParameter("servicePoint", servicePoint)
                .setParameter("open", List.of(StockTakeStatus.COUNTING, StockTakeStatus.SUBMITTED))
                .getResultList();
    }

    /** The book quantities (part number, on hand) of a service point, of the parts whose number starts so. */
    public List<Object[]> books(String servicePoint, String prefix) {
        return em.createNamedQuery("StockLevel.books", Object[].class)
                .setParameter("servicePoint", servicePoint)
                .setParameter("prefix", (prefix == null ? "" : Listing.escape(prefix)) + "%")
                .getResultList();
    }

    /** The quantity on hand now (a part not stocked: 0). */
    public int onHand(String servicePoint, String partNumber) {
        return em.createNamedQuery("StockLevel.onHand", Integer.class)
                .setParameter("servicePoint", servicePoint)
                .setParameter("partNumber", partNumber)
                .getResultStream()
                .findFirst()
                .orElse(0);
    }

    /** The lines of these parts, by part number. */
    public Map<String, StockTakeLine> lines(StockTake take, Collection<String> partNumbers) {
        return em.createNamedQuery("StockTakeLine.ofParts", StockTakeLine.class)
                .setParameter("take", take)
                .setParameter("parts", partNumbers)
                .getResultStream()
                .collect(Collectors.toMap(StockTakeLine::getPartNumber, Function.identity()));
    }

    public long uncounted(StockTake take) {
        return em.createNamedQuery("StockTakeLine.uncounted", Long.class)
                .setParameter("take", take)
                .getSingleResult();
    }

    /** The lines whose count differs from the book, in line order. */
    public List<StockTakeLine> differences(StockTake take) {
        return em.createNamedQuery("StockTakeLine.differences", StockTakeLine.class)
                .setParameter("take", take)
                .getResultList();
    }

    /** Per stock-take: how many lines are counted. */
    public Map<Long, Long> counted(List<Long> ids) {
        return perTake("StockTakeLine.countedPerTake", ids);
    }

    /** Per stock-take: how many lines differ from the book. */
    public Map<Long, Long> differing(List<Long> ids) {
        return perTake("StockTakeLine.differingPerTake", ids);
    }

    private Map<Long, Long> perTake(String query, List<Long> ids) {
        return em.createNamedQuery(query, Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }
}
