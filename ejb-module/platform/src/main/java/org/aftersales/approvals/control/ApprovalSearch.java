package org.aftersales.approvals.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.approvals.boundary.ApprovalViews.Box;
import org.aftersales.approvals.boundary.ApprovalViews.Filter;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.approvals.Actor;
import org.aftersales.domain.approvals.ApprovalDecision;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalRequest;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.support.query.Listing;

/**
 * The inbox's lists: what waits for me (or for whom I stand in today), what I decided, what I asked
 * for, or everything — with the filters by kind, department, state, amount and age.
 */
@Dependent
public class ApprovalSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public PageResult<ApprovalRequest> list(
            Filter filter, String me, List<Actor> capacities, Instant now, int first, int size) {
        Box box = filter.box() == null ? Box.WAITING : filter.box();
        return Listing.of(em, ApprovalRequest.class)
                .where((cb, r) -> predicates(cb, r, box, filter, me, capacities, now))
                .orderBy((cb, r) -> List.<Order>of(
                        box == Box.WAITING ? cb.asc(r.get("requestedAt")) : cb.desc(r.get("requestedAt"))))
                .page(first, size);
    }

    public long waitingCount(String me, List<Actor> capacities) {
        return Listing.of(em, ApprovalRequest.class)
                .where((cb, r) -> predicates(cb, r, Box.WAITING, Filter.of(Box.WAITING), me, capacities, null))
                .count();
    }

    public List<ApprovalRequest> byIds(List<Long> ids) {
        return em.createQuery("SELECT r FROM ApprovalRequest r WHERE r.id IN :ids", ApprovalRequest.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The newest request about a subject, of any state. */
    /** Every request about a subject of a kind, oldest first (a subject resubmitted after a rejection has several). */
    public List<ApprovalRequest> all(ApprovalKind kind, String subject) {
        return em.createQuery(
                        "SELECT r FROM ApprovalRequest r WHERE r.kind = :kind AND r.subject = :subject ORDER BY r.id",
                        ApprovalRequest.class)
                .setParameter("kind", kind)
                .setParameter("subject", subject)
                .getResultList();
    }

    public Optional<ApprovalRequest> latest(ApprovalKind kind, String subject) {
        return em
                .createQuery(
                        "SELECT r FROM ApprovalRequest r WHERE r.kind = :kind AND r.subject = :subject"
                                + " ORDER BY r.id DESC",
                        ApprovalRequest.class)
                .setParameter("kind", kind)
                .setParameter("subject", subject)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Whether this user (or someone in whose place) decided anything on the request. */
    public boolean decidedBy(long requestId, String user) {
        return !em.createQuery(
                        "SELECT d.id FROM ApprovalDecision d WHERE d.request.id = :id"
                                + " AND (d.by = :user OR d.onBehalfOf = :user)",
                        Long.class)
                .setParameter("id", requestId)
                .setParameter("user", user)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private List<Predicate> predicates(
            CriteriaBuilder cb,
            Root<ApprovalRequest> r,
            Box box,
            Filter f,
            String me,
            List<Actor> capacities,
            Instant now) {
        List<Predicate> where = new ArrayList<>();
        switch (box) {
            case WAITING -> {
                where.add(cb.equal(r.get("state"), ApprovalState.PENDING));
                where.add(cb.notEqual(r.get("requestedBy"), me));
                List<Predicate> any = new ArrayList<>();
                for (Actor a : capacities) {
                    any.add(cb.like(r.get("waitingUsers"), "%," + Listing.escape(a.user()) + ",%", Listing.ESCAPE));
                    if (a.roles().contains(Role.ADMIN)) {
                        any.add(cb.isNotNull(r.get("waitingRoles")));
                    } else {
                        a.roles().forEach(role -> any.add(cb.like(r.get("waitingRoles"), "%," + role.name() + ",%")));
                    }
                }
                where.add(cb.or(any.toArray(Predicate[]::new)));
                // a quorum or one-of step I already signed waits for the others, not for me
                Subquery<Long> signed = cb.createQuery().subquery(Long.class);
                Root<ApprovalDecision> d = signed.from(ApprovalDecision.class);
                signed.select(d.get("id"))
                        .where(
                                cb.equal(d.get("request"), r),
                                cb.equal(d.get("step"), r.get("currentStep")),
                                cb.or(cb.equal(d.get("by"), me), cb.equal(d.get("onBehalfOf"), me)));
                where.add(cb.not(cb.exists(signed)));
            }
            case DECIDED -> {
                Subquery<Long> mine = cb.createQuery().subquery(Long.class);
                Root<ApprovalDecision> d = mine.from(ApprovalDecision.class);
                mine.select(d.get("id"))
                        .where(
                                cb.equal(d.get("request"), r),
                                cb.or(cb.equal(d.get("by"), me), cb.equal(d.get("onBehalfOf"), me)));
                where.add(cb.exists(mine));
            }
            case REQUESTED -> where.add(cb.equal(r.get("requestedBy"), me));
            case ALL -> {}
        }
        if (f.kind() != null) {
            where.add(cb.equal(r.get("kind"), f.kind()));
        }
        if (Listing.given(f.department())) {
            where.add(cb.equal(r.get("department"), f.department().strip()));
        }
        if (f.state() != null) {
            where.add(cb.equal(r.get("state"), f.state()));
        }
        if (f.minAmount() != null) {
            where.add(cb.greaterThanOrEqualTo(r.get("amount"), f.minAmount()));
        }
        if (f.maxAmount() != null) {
            where.add(cb.lessThanOrEqualTo(r.get("amount"), f.maxAmount()));
        }
        if (f.olderThanDays() != null && now != null) {
            where.add(cb.lessThan(r.<Instant>get("requestedAt"), now.minusSeconds(f.olderThanDays() * 86_400L)));
        }
        return where;
    }
}
