package org.aftersales.tickets.maintenance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.maintenance.MaintenancePlan;
import org.aftersales.domain.shared.PageResult;
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
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<MaintenancePlan> page = cb.createQuery(MaintenancePlan.class);
        Root<MaintenancePlan> p = page.from(MaintenancePlan.class);
        // ascending: NULL dates sort last on Derby and PostgreSQL alike
        page.select(p).where(filters(cb, p, q)).orderBy(cb.asc(p.get("nextDueDate")), cb.asc(p.get("id")));
        List<MaintenancePlan> items = em.createQuery(page).setFirstResult(first).setMaxResults(size).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<MaintenancePlan> c = count.from(MaintenancePlan.class);
        count.select(cb.count(c)).where(filters(cb, c, q));
        long total = first == 0 && items.size() < size ? items.size() : em.createQuery(count).getSingleResult();
        return new PageResult<>(items, total);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<MaintenancePlan> p, PlanQuery q) {
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
        return where.toArray(Predicate[]::new);
    }
}
