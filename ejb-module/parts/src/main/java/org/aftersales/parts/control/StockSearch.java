package org.aftersales.parts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.parts.MovementType;
import org.aftersales.domain.parts.ReceivingDiscrepancy;
import org.aftersales.domain.parts.Slip;
import org.aftersales.domain.parts.StockLevel;
import org.aftersales.domain.parts.StockMovement;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.support.query.Listing;

/** P2, P3, P6: the stock's lists, the slips and the ledger's sums. */
@Dependent
public class StockSearch {

    /** The ledger's sum of one part at one service point for one movement type. */
    public record Moved(String servicePoint, String partNumber, MovementType type, long quantity, BigDecimal value) {}

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /** P6: stock per service point and part, filtered by either, ordered by both. */
    public PageResult<StockLevel> levels(String servicePoint, String partNumber, int first, int size) {
        return Listing.of(em, StockLevel.class)
                .where((cb, s) -> {
                    List<Predicate> where = new ArrayList<>();
                    if (Listing.given(servicePoint)) {
                        where.add(cb.equal(s.get("servicePoint"), Warehouse.code(servicePoint)));
                    }
                    if (Listing.given(partNumber)) {
                        where.add(cb.equal(s.get("partNumber"), partNumber.strip()));
                    }
                    return where;
                })
                .orderBy((cb, s) -> List.of(cb.asc(s.get("servicePoint")), cb.asc(s.get("partNumber"))))
                .page(first, size);
    }

    /** P2: the receiving-discrepancy register, newest first; {@code open} only the unresolved lines. */
    public PageResult<ReceivingDiscrepancy> discrepancies(String servicePoint, boolean open, int first, int size) {
        return Listing.of(em, ReceivingDiscrepancy.class)
                .where((cb, d) -> {
                    List<Predicate> where = new ArrayList<>();
                    if (Listing.given(servicePoint)) {
                        where.add(cb.equal(d.get("servicePoint"), Warehouse.code(servicePoint)));
                    }
                    if (open) {
                        where.add(cb.isNull(d.get("resolvedAt")));
                    }
                    return where;
                })
                .page(first, size);
    }

    public Optional<Slip> slip(String number) {
        return em.createNamedQuery("Slip.byNumber", Slip.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** P2: the discrepancies an inbound slip recorded, in their order. */
    public List<ReceivingDiscrepancy> discrepanciesOf(String slipNumber) {
        return em.createNamedQuery("ReceivingDiscrepancy.ofSlip", ReceivingDiscrepancy.class)
                .setParameter("slip", slipNumber)
                .getResultList();
    }

    /**
     * P6: the ledger's quantities and values per service point, part and movement type, before
     * {@code to} and from {@code from} (null: since the beginning), of one service point (null: all).
     */
    public List<Moved> moved(String servicePoint, Instant from, Instant to) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> sums = cb.createQuery(Object[].class);
        Root<StockMovement> m = sums.from(StockMovement.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.lessThan(m.get("occurredAt"), to));
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(m.get("occurredAt"), from));
        }
        if (servicePoint != null) {
            where.add(cb.equal(m.get("servicePoint"), servicePoint));
        }
        sums.multiselect(
                        m.get("servicePoint"),
                        m.get("partNumber"),
                        m.get("type"),
                        cb.sum(m.<Integer>get("quantity")),
                        cb.sum(m.<BigDecimal>get("value")))
                .where(where.toArray(Predicate[]::new))
                .groupBy(m.get("servicePoint"), m.get("partNumber"), m.get("type"));
        return em.createQuery(sums).getResultList().stream()
                .map(r -> new Moved(
                        (String) r[0], (String) r[1], (MovementType) r[2], ((Number) r[3]).longValue(), (BigDecimal)
                                r[4]))
                .toList();
    }

    /**
     * P6, B7: the ledger's values per movement type from {@code from} (null: since the beginning)
     * before {@code to}, of one service point (null: all) — the stock value at a moment and a day's
     * movements without a line per part (index ix_stock_movement_point_value).
     */
    public java.util.Map<MovementType, BigDecimal> valueByType(String servicePoint, Instant from, Instant to) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> sums = cb.createQuery(Object[].class);
        Root<StockMovement> m = sums.from(StockMovement.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.lessThan(m.get("occurredAt"), to));
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(m.get("occurredAt"), from));
        }
        if (servicePoint != null) {
            where.add(cb.equal(m.get("servicePoint"), servicePoint));
        }
        sums.multiselect(m.get("type"), cb.sum(m.<BigDecimal>get("value")))
                .where(where.toArray(Predicate[]::new))
                .groupBy(m.get("type"));
        java.util.Map<MovementType, BigDecimal> byType = new java.util.EnumMap<>(MovementType.class);
        for (Object[] r : em.createQuery(sums).getResultList()) {
            byType.put((MovementType) r[0], (BigDecimal) r[1]);
        }
        return byType;
    }

    /** B2: a line of an outbound slip for a ticket. */
    public record Issued(String slipNumber, String partNumber, Integer quantity, BigDecimal amount) {}

    /**
     * B2: the lines of the outbound slips (出库单) issued for a ticket, in slip and line order — what
     * the quote's materials are, at the issue cost of each line.
     */
    public List<Issued> issuedTo(String ticketNumber) {
        jakarta.persistence.criteria.CriteriaBuilder cb = em.getCriteriaBuilder();
        jakarta.persistence.criteria.CriteriaQuery<Issued> q = cb.createQuery(Issued.class);
        jakarta.persistence.criteria.Root<org.aftersales.domain.parts.SlipLine> line =
                q.from(org.aftersales.domain.parts.SlipLine.class);
        jakarta.persistence.criteria.Join<Object, Object> slip = line.join("slip");
        q.select(cb.construct(
                        Issued.class,
                        slip.get("number"),
                        line.get("partNumber"),
                        line.get("quantity"),
                        line.get("amount")))
                .where(
                        cb.equal(slip.get("ticketNumber"), ticketNumber),
                        cb.equal(slip.get("kind"), org.aftersales.domain.parts.SlipKind.OUTBOUND))
                .orderBy(cb.asc(slip.get("id")), cb.asc(line.get("lineNo")));
        return em.createQuery(q).getResultList();
    }
}
