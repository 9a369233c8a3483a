package org.aftersales.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.aftersales.domain.account.Roles;
import org.aftersales.domain.shared.AuditEntry;
import org.aftersales.domain.shared.PageResult;

/** Reading the append-only audit log. Nothing here writes it: {@code AuditInterceptor} does. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.QUALITY})
public class AuditTrail {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public PageResult<Line> latest(int first, int size) {
        List<Line> items = em.createNamedQuery("AuditEntry.latest", AuditEntry.class)
                .setFirstResult(first).setMaxResults(size).getResultList().stream().map(Line::of).toList();
        return new PageResult<>(items, em.createNamedQuery("AuditEntry.count", Long.class).getSingleResult());
    }

    public List<Line> of(String entityType, String entityId) {
        return em.createNamedQuery("AuditEntry.forEntity", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId)
                .getResultList().stream().map(Line::of).toList();
    }

    public record Line(Long id, Instant at, String actor, String action, String entityType, String entityId,
            String before, String after) implements Serializable {
        static Line of(AuditEntry e) {
            return new Line(e.getId(), e.getAt(), e.getActor(), e.getAction().name(), e.getEntityType(),
                    e.getEntityId(), e.getBefore(), e.getAfter());
        }
    }
}
