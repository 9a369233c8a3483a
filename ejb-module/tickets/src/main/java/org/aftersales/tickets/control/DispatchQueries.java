package org.aftersales.tickets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.ticket.FaultLevel;
import org.aftersales.domain.ticket.ServiceKind;
import org.aftersales.domain.ticket.Ticket;
import org.aftersales.domain.ticket.TicketEventType;
import org.aftersales.domain.ticket.TicketLifecycle;
import org.aftersales.domain.ticket.TicketStatus;

/** T4: the dispatch board's queries — the technicians' loads in one grouped statement, the unassigned queue. */
@Dependent
public class DispatchQueries {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /**
     * Per technician: the open tickets assigned and, of those, the ones whose running deadline lies in
     * [{@code dayStart}, {@code dayEnd}) — one query grouped by technician, whatever their number.
     */
    public Map<String, TechnicianLoads.Load> loads(Collection<String> technicians, Instant dayStart, Instant dayEnd) {
        Map<String, TechnicianLoads.Load> loads = new HashMap<>();
        if (technicians.isEmpty()) {
            return loads;
        }
        List<Object[]> rows = em.createQuery("SELECT t.technician, COUNT(t), "
                + "COUNT(CASE WHEN t.nextDeadline >= :dayStart AND t.nextDeadline < :dayEnd THEN t.id ELSE NULL END) "
                + "FROM Ticket t WHERE t.technician IN :technicians AND t.status IN :open GROUP BY t.technician",
                Object[].class).setParameter("technicians", technicians)
                .setParameter("open", TechnicianLoads.openStatuses()).setParameter("dayStart", dayStart)
                .setParameter("dayEnd", dayEnd).getResultList();
        for (Object[] row : rows) {
            loads.put((String) row[0], new TechnicianLoads.Load(((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue()));
        }
        return loads;
    }

    /**
     * T3, T4: the kinds of service someone is sent out for — those whose path has a dispatch step.
     * Carry-in repairs (T6) and remote service never wait on the dispatch board.
     */
    public static Set<ServiceKind> dispatchableKinds() {
        Set<ServiceKind> kinds = EnumSet.noneOf(ServiceKind.class);
        for (ServiceKind kind : ServiceKind.values()) {
            if (TicketLifecycle.next(kind, TicketStatus.REGISTERED, TicketEventType.DISPATCHED).isPresent()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /**
     * T4, T5: open tickets of a dispatchable kind nobody is assigned to, most urgent first — the
     * running deadline soonest, a major fault before a general one on the same deadline, then the
     * oldest call.
     */
    public PageResult<Ticket> unassigned(String region, FaultLevel level, int first, int size) {
        String where = " FROM Ticket t WHERE t.technician IS NULL AND t.status IN :open AND t.kind IN :kinds"
                + (region == null || region.isBlank() ? "" : " AND t.region = :region")
                + (level == null ? "" : " AND t.faultLevel = :level");
        TypedQuery<Object[]> page = em.createQuery("SELECT t, CASE WHEN t.faultLevel = "
                + "org.aftersales.domain.ticket.FaultLevel.MAJOR THEN 0 ELSE 1 END AS severity" + where
                + " ORDER BY t.nextDeadline ASC, severity ASC, t.registeredAt ASC, t.id ASC", Object[].class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t)" + where, Long.class);
        for (TypedQuery<?> q : List.of(page, count)) {
            q.setParameter("open", TechnicianLoads.openStatuses()).setParameter("kinds", dispatchableKinds());
            if (region != null && !region.isBlank()) {
                q.setParameter("region", region.strip());
            }
            if (level != null) {
                q.setParameter("level", level);
            }
        }
        List<Ticket> items = page.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(row -> (Ticket) row[0]).toList();
        long total = first == 0 && items.size() < size ? items.size() : count.getSingleResult();
        return new PageResult<>(items, total);
    }
}
