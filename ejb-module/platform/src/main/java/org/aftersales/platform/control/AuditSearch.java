package org.aftersales.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.shared.AuditEntry;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.support.query.Listing;

/**
 * The audit log's filtered list (issue 10.18): period, user, action, object type and id, newest
 * first. Every filter is a parameter of a Criteria query on an indexed column (migrations 001 and
 * 019); {@link Listing} runs the page and its count and escapes the typed id once.
 */
@Dependent
public class AuditSearch {

    /** The filters, all optional; the period is half-open: {@code from <= at < until}. */
    public record Filter(
            Instant from, Instant until, String actor, AuditEntry.Action action, String entityType, String entityId) {}

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public PageResult<AuditEntry> find(Filter filter, int first, int size) {
        return Listing.of(em, AuditEntry.class)
                .where((cb, a) -> where(cb, a, filter))
                .page(first, size); // newest first: by id, descending
    }

    /** The object types the log holds, for the filter's list. */
    public List<String> entityTypes() {
        return em.createQuery("SELECT DISTINCT a.entityType FROM AuditEntry a ORDER BY a.entityType", String.class)
                .getResultList();
    }

    private static List<Predicate> where(CriteriaBuilder cb, Root<AuditEntry> a, Filter f) {
        List<Predicate> where = new ArrayList<>();
        if (f.from() != null) {
            where.add(cb.greaterThanOrEqualTo(a.get("at"), f.from()));
        }
        if (f.until() != null) {
            where.add(cb.lessThan(a.get("at"), f.until()));
        }
        if (Listing.given(f.actor())) {
            where.add(cb.equal(a.get("actor"), f.actor().strip()));
        }
        if (f.action() != null) {
            where.add(cb.equal(a.get("action"), f.action()));
        }
        if (Listing.given(f.entityType())) {
            where.add(cb.equal(a.get("entityType"), f.entityType().strip()));
        }
        if (Listing.given(f.entityId())) {
            where.add(Listing.startsWith(cb, a.get("entityId"), f.entityId()));
        }
        return where;
    }
}
