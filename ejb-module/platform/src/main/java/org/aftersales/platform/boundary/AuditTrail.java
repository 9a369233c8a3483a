package org.aftersales.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.AuditEntry;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.platform.control.AuditSearch;
import org.aftersales.settings.boundary.BusinessCalendar;

/** Reading the append-only audit log. Nothing here writes it: {@code AuditInterceptor} does. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.QUALITY})
public class AuditTrail {

    @Inject
    private BusinessCalendar calendar;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private AuditSearch search;

    public PageResult<Line> latest(int first, int size) {
        List<Line> items = em
                .createNamedQuery("AuditEntry.latest", AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(Line::of)
                .toList();
        return new PageResult<>(
                items, em.createNamedQuery("AuditEntry.count", Long.class).getSingleResult());
    }

    /**
     * Issue 10.18: the log filtered by period (whole days in the configured time zone
     * {@code ui.time-zone}), user, action, object type and object id (its beginning), newest first.
     */
    public PageResult<Line> search(AuditQuery query, int first, int size) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new RuleViolationException(FieldError.of("to", "validation.endBeforeStart"));
        }
        ZoneId zone = calendar.zone();
        Instant from =
                query.from() == null ? null : query.from().atStartOfDay(zone).toInstant();
        Instant until = query.to() == null
                ? null
                : query.to().plusDays(1).atStartOfDay(zone).toInstant();
        PageResult<AuditEntry> page = search.find(
                new AuditSearch.Filter(
                        from, until, query.actor(), query.action(), query.entityType(), query.entityId()),
                first,
                size);
        return new PageResult<>(page.items().stream().map(Line::of).toList(), page.total());
    }

    /** The object types that occur in the log (for the filter). */
    public List<String> entityTypes() {
        return search.entityTypes();
    }

    public List<Line> of(String entityType, String entityId) {
        return em
                .createNamedQuery("AuditEntry.forEntity", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList()
                .stream()
                .map(Line::of)
                .toList();
    }

    /** The filters of {@link #search}; every one optional, the dates inclusive. */
    public record AuditQuery(
            LocalDate from, LocalDate to, String actor, AuditEntry.Action action, String entityType, String entityId)
            implements Serializable {}

    public record Line(
            Long id,
            Instant at,
            String actor,
            String action,
            String entityType,
            String entityId,
            String before,
            String after)
            implements Serializable {
        static Line of(AuditEntry e) {
            return new Line(
                    e.getId(),
                    e.getAt(),
                    e.getActor(),
                    e.getAction().name(),
                    e.getEntityType(),
                    e.getEntityId(),
                    e.getBefore(),
                    e.getAfter());
        }
    }
}
