package org.aftersales.tickets.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.tickets.SlaAlert;
import org.aftersales.domain.tickets.SlaClock;
import org.aftersales.domain.tickets.SlaDeadline;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.tickets.boundary.TicketEvents;

/**
 * T4, T5: looks at one ticket whose running deadline is near or past, in a transaction of its own:
 * marks its breaches for the lists and raises each alert once — the alert row's key is unique, so
 * a second node or a second run that gets here too rolls back instead of alerting twice.
 */
@Stateless
@PermitAll
public class SlaAlerter {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private DomainEvents events;

    @Inject
    private SlaCatalog sla;

    /** Returns the alerts raised (0, 1 or 2). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int check(long ticketId, Instant now, Instant dueSoonUntil) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null || !ticket.getStatus().isOpen()) {
            return 0;
        }
        SlaClock clock = ticket.clock(sla.termsFor(ticket.getFaultLevel()), now);
        String breaches = String.join(
                ",", clock.breaches().stream().sorted().map(Enum::name).toList());
        if (!breaches.equals(ticket.getBreaches())) {
            // derived columns only: no version bump, so nobody's open edit of the ticket turns stale
            em.createQuery("UPDATE Ticket t SET t.breaches = :b, t.breached = :x WHERE t.id = :id")
                    .setParameter("b", breaches)
                    .setParameter("x", !clock.breaches().isEmpty())
                    .setParameter("id", ticketId)
                    .executeUpdate();
        }
        Instant due = clock.nextOpenDeadline(ticket.getArrivedAt(), ticket.getSolutionAt(), ticket.getResolvedAt());
        if (due == null || due.isAfter(dueSoonUntil)) {
            return 0;
        }
        SlaDeadline deadline = running(ticket, clock);
        // near, or already missed when first seen (then only the breach is told)
        SlaAlert.Stage stage = now.isAfter(due) ? SlaAlert.Stage.BREACHED : SlaAlert.Stage.DUE_SOON;
        int raised = raise(ticket, deadline, stage, due, now);
        em.createQuery("UPDATE Ticket t SET t.alertedDeadline = :d, t.alertedStage = :s WHERE t.id = :id")
                .setParameter("d", due)
                .setParameter("s", stage.name())
                .setParameter("id", ticketId)
                .executeUpdate();
        return raised;
    }

    private int raise(Ticket ticket, SlaDeadline deadline, SlaAlert.Stage stage, Instant due, Instant now) {
        if (em.find(SlaAlert.class, SlaAlert.keyOf(ticket.getNumber(), deadline, stage, due)) != null) {
            return 0;
        }
        em.persist(new SlaAlert(ticket.getNumber(), deadline, stage, due, now));
        em.flush(); // a concurrent watch on another node fails here and rolls back: one alert only
        Map<String, String> data = new HashMap<>();
        data.put("number", ticket.getNumber());
        data.put("deadline", deadline.name());
        data.put("due", due.toString());
        data.put("faultLevel", ticket.getFaultLevel().name());
        data.put("customerName", ticket.getCustomerName());
        if (ticket.getDispatcher() != null) {
            data.put("dispatcher", ticket.getDispatcher());
        }
        if (ticket.getTechnician() != null) {
            data.put("technician", ticket.getTechnician());
        }
        events.publish(DomainEvent.of(
                stage == SlaAlert.Stage.BREACHED ? TicketEvents.SLA_BREACHED : TicketEvents.SLA_DUE_SOON, now, data));
        return 1;
    }

    private static SlaDeadline running(Ticket ticket, SlaClock clock) {
        if (ticket.getArrivedAt() == null) {
            return SlaDeadline.ARRIVAL;
        }
        if (clock.solutionBy() != null && ticket.getSolutionAt() == null && ticket.getResolvedAt() == null) {
            return SlaDeadline.SOLUTION;
        }
        return SlaDeadline.RESOLUTION;
    }
}
