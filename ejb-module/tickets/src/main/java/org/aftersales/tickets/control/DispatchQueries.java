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
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.domain.tickets.TicketLifecycle;
import org.aftersales.domain.tickets.TicketStatus;

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
        // two plain grouped counts: a CASE inside COUNT is bound as a typeless parameter, which PostgreSQL refuses
        Map<String, Long> open = counts(em.createQuery(
                        "SELECT t.technician, COUNT(t) FROM Ticket t "
                                + "WHERE t.technician IN :technicians AND t.status IN :open GROUP BY t.technician",
                        Object[].class)
                .setParameter("technicians", technicians)
                .setParameter("open", TechnicianLoads.openStatuses())
                .getResultList());
        Map<String, Long> dueToday = counts(em.createQuery(
                        "SELECT t.technician, COUNT(t) FROM Ticket t "
                                + "WHERE t.technician IN :technicians AND t.status IN :open AND t.nextDeadline >= :dayStart "
                                + "AND t.nextDeadline < :dayEnd GROUP BY t.technician",
                        Object[].class)
                .setParameter("technicians", technicians)
                .setParameter("open", TechnicianLoads.openStatuses())
                .setParameter("dayStart", dayStart)
                .setParameter("dayEnd", dayEnd)
                .getResultList());
        open.forEach((technician, count) ->
                loads.put(technician, new TechnicianLoads.Load(count, dueToday.getOrDefault(technician, 0L))));
        return loads;
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * T3, T4: the kinds of service someone is sent out for — those whose path has a dispatch step.
     * Carry-in repairs (T6) and remote service never wait on the dispatch board.
     */
    public static Set<ServiceKind> dispatchableKinds() {
        Set<ServiceKind> kinds = EnumSet.noneOf(ServiceKind.class);
        for (ServiceKind kind : ServiceKind.values()) {
            if (TicketLifecycle.next(kind, TicketStatus.REGISTERED, TicketEventType.DISPATCHED)
                    .isPresent()) {
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
        // MAJOR before GENERAL on equal deadlines: the level is stored by name, and 'MAJOR' > 'GENERAL'
        TypedQuery<Ticket> page = em.createQuery(
                "SELECT t" + where + " ORDER BY t.nextDeadline ASC, t.faultLevel DESC, t.registeredAt ASC, t.id ASC",
                Ticket.class);
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
        List<Ticket> items = page.setFirstResult(first).setMaxResults(size).getResultList();
        long total = first == 0 && items.size() < size ? items.size() : count.getSingleResult();
        return new PageResult<>(items, total);
    }
}
