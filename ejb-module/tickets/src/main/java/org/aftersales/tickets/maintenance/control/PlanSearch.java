package org.aftersales.tickets.maintenance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.tickets.maintenance.CarePlanTemplate;
import org.aftersales.domain.tickets.maintenance.MaintenancePlan;
import org.aftersales.support.query.Listing;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanQuery;

/**
 * The plan list's query: every filter is an indexed column (migration 006); soonest due first
 * (plans without a calendar interval last), the page and its count as two statements.
 */
@Dependent
public class PlanSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public PageResult<MaintenancePlan> find(PlanQuery q, int first, int size) {
        // ascending: NULL dates sort last on Derby and PostgreSQL alike
        return Listing.of(em, MaintenancePlan.class)
                .where((cb, p) -> filters(cb, p, q))
                .orderBy((cb, p) -> List.of(cb.asc(p.get("nextDueDate"))))
                .idAscending()
                .page(first, size);
    }

    /** C3, M1: the plans of one product, oldest first. */
    public List<MaintenancePlan> ofProduct(String serialNumber) {
        return em.createQuery(
                        "SELECT p FROM MaintenancePlan p WHERE p.serialNumber = :s ORDER BY p.id",
                        MaintenancePlan.class)
                .setParameter("s", serialNumber == null ? "" : serialNumber.strip())
                .getResultList();
    }

    /** M1: the active plans without an open ticket, the candidates of a run. */
    public List<MaintenancePlan> activeWithoutTicket() {
        return em.createQuery(
                        "SELECT p FROM MaintenancePlan p WHERE p.active = TRUE "
                                + "AND p.pendingTicketNumber IS NULL ORDER BY p.id",
                        MaintenancePlan.class)
                .getResultList();
    }

    /** M1: whether the plan was already served for that due date. */
    public boolean servedBefore(long planId, LocalDate dueDate) {
        return !em.createQuery(
                        "SELECT o.id FROM MaintenanceOccurrence o WHERE o.planId = :p AND o.dueDate = :d", Long.class)
                .setParameter("p", planId)
                .setParameter("d", dueDate)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** M3: the care plan templates, by product type. */
    public List<CarePlanTemplate> carePlans() {
        return em.createQuery("SELECT t FROM CarePlanTemplate t ORDER BY t.productType", CarePlanTemplate.class)
                .getResultList();
    }

    /** M3: the care plan of a product type. */
    public Optional<CarePlanTemplate> carePlanFor(String productType) {
        return em.createQuery("SELECT t FROM CarePlanTemplate t WHERE t.productType = :t", CarePlanTemplate.class)
                .setParameter("t", productType.strip())
                .getResultStream()
                .findFirst();
    }

    private static List<Predicate> filters(CriteriaBuilder cb, Root<MaintenancePlan> p, PlanQuery q) {
        List<Predicate> where = new ArrayList<>();
        if (q.serialNumber() != null && !q.serialNumber().isBlank()) {
            where.add(cb.equal(p.get("serialNumber"), q.serialNumber().strip()));
        }
        if (q.customerId() != null) {
            where.add(cb.equal(p.get("customerId"), q.customerId()));
        }
        if (q.level() != null) {
            where.add(cb.equal(p.get("level"), q.level()));
        }
        if (q.active() != null) {
            where.add(cb.equal(p.get("active"), q.active()));
        }
        LocalDate dueBy = q.dueBy();
        if (dueBy != null) {
            where.add(cb.isTrue(p.get("active")));
            where.add(cb.or(cb.lessThanOrEqualTo(p.get("nextDueDate"), dueBy), cb.isNotNull(p.get("pendingDueDate"))));
        }
        return where;
    }
}
