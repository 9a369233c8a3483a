package org.aftersales.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.shared.AuditEntry;
import org.aftersales.domain.shared.PageResult;

/**
 * The audit log's filtered list (issue 10.18): period, user, action, object type and id, newest
 * first. Every filter is a parameter of a Criteria query on an indexed column (migrations 001 and
 * 019); the page and its count run as two statements.
 */
@Dependent
public class AuditSearch {

    /** The filters, all optional; the period is half-open: {@code from <= at < until}. */
    public record Filter(
            Instant from, Instant until, String actor, AuditEntry.Action action, String entityType, String entityId) {}

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public PageResult<AuditEntry> find(Filter filter, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> page = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> a = page.from(AuditEntry.class);
        page.select(a).where(where(cb, a, filter)).orderBy(cb.desc(a.get("id")));
        List<AuditEntry> items =
                em.createQuery(page).setFirstResult(first).setMaxResults(size).getResultList();
        if (first == 0 && items.size() < size) {
            return new PageResult<>(items, items.size());
        }
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> c = count.from(AuditEntry.class);
        count.select(cb.count(c)).where(where(cb, c, filter));
        return new PageResult<>(items, em.createQuery(count).getSingleResult());
    }

    /** The object types the log holds, for the filter's list. */
    public List<String> entityTypes() {
        return em.createQuery("SELECT DISTINCT a.entityType FROM AuditEntry a ORDER BY a.entityType", String.class)
                .getResultList();
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<AuditEntry> a, Filter f) {
        List<Predicate> where = new ArrayList<>();
        if (f.from() != null) {
            where.add(cb.greaterThanOrEqualTo(a.get("at"), f.from()));
        }
        if (f.until() != null) {
            where.add(cb.lessThan(a.get("at"), f.until()));
        }
        if (present(f.actor())) {
            where.add(cb.equal(a.get("actor"), f.actor().strip()));
        }
        if (f.action() != null) {
            where.add(cb.equal(a.get("action"), f.action()));
        }
        if (present(f.entityType())) {
            where.add(cb.equal(a.get("entityType"), f.entityType().strip()));
        }
        if (present(f.entityId())) {
            String prefix = f.entityId()
                            .strip()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            where.add(cb.like(a.get("entityId"), prefix, '\\'));
        }
        return where.toArray(Predicate[]::new);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
