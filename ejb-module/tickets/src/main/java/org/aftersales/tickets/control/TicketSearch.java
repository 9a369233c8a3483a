package org.aftersales.tickets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.support.query.Listing;
import org.aftersales.tickets.boundary.TicketViews.Scope;
import org.aftersales.tickets.boundary.TicketViews.TicketQuery;

/**
 * The ticket lists' query: every filter is a column with an index (migration 005), the page and
 * its count run as two statements, and nothing is loaded per row.
 */
@Dependent
public class TicketSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /** {@code partner}: the partner the caller acts as — it lists only the tickets it submitted (issue 10.1). */
    public PageResult<Ticket> find(
            TicketQuery q,
            String caller,
            java.util.Optional<String> partner,
            String callerRegion,
            ZoneId zone,
            Instant now,
            int first,
            int size) {
        return find(q, caller, partner, callerRegion, zone, now, first, size, Long.MAX_VALUE);
    }

    /**
     * Issue 15.3: as {@link #find}, the total counted up to {@code countAtMost} rows only (the long
     * lists' count on screen, and the API when a partner asks for it).
     */
    public PageResult<Ticket> find(
            TicketQuery q,
            String caller,
            java.util.Optional<String> partner,
            String callerRegion,
            ZoneId zone,
            Instant now,
            int first,
            int size,
            long countAtMost) {
        return Listing.of(em, Ticket.class)
                .where((cb, t) -> filters(cb, t, q, caller, partner, callerRegion, zone, now))
                .orderBy((cb, t) -> order(cb, t, q))
                .page(first, size, countAtMost);
    }

    /**
     * Issue 15.3: the count alone, one statement — for the home page's counters, which show no rows —
     * counted up to {@code countAtMost} rows ({@link Long#MAX_VALUE}: exactly).
     */
    public long count(
            TicketQuery q,
            String caller,
            java.util.Optional<String> partner,
            String callerRegion,
            ZoneId zone,
            Instant now,
            long countAtMost) {
        return Listing.of(em, Ticket.class)
                .where((cb, t) -> filters(cb, t, q, caller, partner, callerRegion, zone, now))
                .count(countAtMost);
    }

    private static List<Predicate> filters(
            CriteriaBuilder cb,
            Root<Ticket> t,
            TicketQuery q,
            String caller,
            java.util.Optional<String> partner,
            String callerRegion,
            ZoneId zone,
            Instant now) {
        List<Predicate> where = new ArrayList<>();
        partner.ifPresent(p -> where.add(cb.equal(t.get("partner"), p)));
        if (q.scope() == Scope.MINE) {
            where.add(cb.equal(t.get("technician"), caller));
        } else if (q.scope() == Scope.TEAM && callerRegion != null && !callerRegion.isBlank()) {
            where.add(cb.equal(t.get("region"), callerRegion));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().strip();
            where.add(cb.or(
                    cb.equal(t.get("number"), text.toUpperCase()),
                    cb.equal(t.get("serialNumber"), text),
                    cb.equal(t.get("phone"), text),
                    Listing.contains(cb, t.get("customerName"), text)));
        }
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            where.add(t.get("status").in(q.statuses()));
        }
        if (Boolean.TRUE.equals(q.openOnly())) {
            // the open set, as migration 038's partial indexes name it (issue 15.3)
            where.add(t.get("status").in(TechnicianLoads.openStatuses().toArray()));
        }
        if (q.faultLevel() != null) {
            where.add(cb.equal(t.get("faultLevel"), q.faultLevel()));
        }
        if (q.kind() != null) {
            where.add(cb.equal(t.get("kind"), q.kind()));
        }
        if (q.region() != null && !q.region().isBlank()) {
            where.add(cb.equal(t.get("region"), q.region().strip()));
        }
        if (q.technician() != null && !q.technician().isBlank()) {
            where.add(cb.equal(t.get("technician"), q.technician().strip()));
        }
        if (Boolean.TRUE.equals(q.unassigned())) {
            where.add(cb.isNull(t.get("technician")));
        }
        if (q.breached() != null) {
            where.add(cb.equal(t.get("breached"), q.breached()));
        }
        if (q.dueWithinMinutes() != null) {
            Expression<Instant> deadline = t.get("nextDeadline");
            where.add(cb.between(deadline, now, now.plus(Duration.ofMinutes(q.dueWithinMinutes()))));
        }
        if (q.customerId() != null) {
            where.add(cb.equal(t.get("customerId"), q.customerId()));
        }
        if (q.serialNumber() != null && !q.serialNumber().isBlank()) {
            where.add(cb.equal(t.get("serialNumber"), q.serialNumber().strip()));
        }
        if (q.from() != null) {
            where.add(cb.greaterThanOrEqualTo(
                    t.get("registeredAt"), q.from().atStartOfDay(zone).toInstant()));
        }
        if (q.to() != null) {
            where.add(cb.lessThan(
                    t.get("registeredAt"), q.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return where;
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Ticket> t, TicketQuery q) {
        String field = switch (q.sort() == null
                ? org.aftersales.tickets.boundary.TicketViews.SortField.REGISTERED_AT
                : q.sort()) {
            case NEXT_DEADLINE -> "nextDeadline";
            case NUMBER -> "number";
            case REGISTERED_AT -> "registeredAt";
        };
        Order primary = q.ascending() ? cb.asc(t.get(field)) : cb.desc(t.get(field));
        return List.of(primary);
    }
}
