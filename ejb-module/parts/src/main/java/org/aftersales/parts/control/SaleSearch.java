package org.aftersales.parts.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.parts.PartSale;
import org.aftersales.domain.parts.PaymentMethod;
import org.aftersales.domain.parts.SalesSettlement;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.parts.boundary.PartSaleViews.SettlementRow;
import org.aftersales.support.query.Listing;

/** P5: the sales and their settlements. */
@Dependent
public class SaleSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /**
     * The sales of a service point (or all), newest first, sold in [{@code from}, {@code to});
     * {@code settled} false: only those not yet handed in.
     */
    public PageResult<PartSale> sales(
            String servicePoint, Instant from, Instant to, Boolean settled, int first, int size) {
        return Listing.of(em, PartSale.class)
                .where((cb, s) -> {
                    List<Predicate> where = new ArrayList<>();
                    if (Listing.given(servicePoint)) {
                        where.add(cb.equal(s.get("servicePoint"), Warehouse.code(servicePoint)));
                    }
                    if (from != null) {
                        where.add(cb.greaterThanOrEqualTo(s.get("soldAt"), from));
                    }
                    if (to != null) {
                        where.add(cb.lessThan(s.get("soldAt"), to));
                    }
                    if (settled != null) {
                        where.add(
                                settled
                                        ? cb.isNotNull(s.get("settlementNumber"))
                                        : cb.isNull(s.get("settlementNumber")));
                    }
                    return where;
                })
                .page(first, size);
    }

    /** The payment slips of a service point (or all), newest first; {@code open}: not yet received by finance. */
    public PageResult<SalesSettlement> settlements(String servicePoint, boolean open, int first, int size) {
        return Listing.of(em, SalesSettlement.class)
                .where((cb, s) -> {
                    List<Predicate> where = new ArrayList<>();
                    if (Listing.given(servicePoint)) {
                        where.add(cb.equal(s.get("unit"), Warehouse.code(servicePoint)));
                    }
                    if (open) {
                        where.add(cb.isNull(s.get("receivedAt")));
                    }
                    return where;
                })
                .page(first, size);
    }

    public Optional<PartSale> sale(String number) {
        return em.createNamedQuery("PartSale.byNumber", PartSale.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** The payment slip; {@code lock}: for the caller's change. */
    public Optional<SalesSettlement> settlement(String number, boolean lock) {
        TypedQuery<SalesSettlement> query = em.createNamedQuery("SalesSettlement.byNumber", SalesSettlement.class)
                .setParameter("number", number);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /**
     * P5: the unsettled sales of a service point, locked to the end of the caller's transaction (a
     * second settlement waits, then finds them settled), in the order they were sold.
     */
    public List<PartSale> lockUnsettled(String servicePoint) {
        return em
                .createNamedQuery("PartSale.unsettled", PartSale.class)
                .setParameter("servicePoint", servicePoint)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList() // Derby: no ORDER BY with FOR UPDATE
                .stream()
                .filter(s -> !s.settled())
                .sorted(java.util.Comparator.comparing(PartSale::getId))
                .toList();
    }

    /** P5: the unsettled sales of a service point per salesperson and payment method (销售结帐表). */
    public List<SettlementRow> unsettledRows(String servicePoint) {
        return rows(em.createNamedQuery("PartSale.unsettledRows", Object[].class)
                .setParameter("servicePoint", servicePoint));
    }

    /** P5: the sales of a settlement per salesperson and payment method. */
    public List<SettlementRow> settledRows(String settlementNumber) {
        return rows(em.createNamedQuery("PartSale.settledRows", Object[].class)
                .setParameter("settlement", settlementNumber));
    }

    private static List<SettlementRow> rows(TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(r -> new SettlementRow(
                        (String) r[0],
                        (PaymentMethod) r[1],
                        ((Number) r[2]).longValue(),
                        ((BigDecimal) r[3]).setScale(2, RoundingMode.HALF_UP)))
                .toList();
    }
}
