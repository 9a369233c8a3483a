package org.aftersales.tickets.maintenance.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.tickets.Channel;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.domain.tickets.maintenance.DueRule.DueState;
import org.aftersales.domain.tickets.maintenance.MaintenanceOccurrence;
import org.aftersales.domain.tickets.maintenance.MaintenancePlan;
import org.aftersales.domain.tickets.maintenance.MaintenanceTicketText;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.NewTicket;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.Outcome;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanResult;

/**
 * M1, M2: turns one due plan into a MAINTENANCE ticket, in a transaction of its own so that one
 * plan's failure does not stop the others. "Never twice" holds in three layers: the plan row is
 * locked for the transaction (a second run waits, then sees the ticket the first one left on the
 * plan); a plan with a ticket for its current cycle is not due again until the work is recorded as
 * done; and the (plan, due date) row inserted with the ticket has a unique key, so should two runs
 * still meet, the second one's insert fails and its transaction — ticket included — rolls back.
 *
 * <p>Called by {@code MaintenanceScheduler}, which runs as ADMIN (a timer has no caller).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PlanTicketing {

    /** The appointment time of a ticket made ahead of its due date (T1 wanted time). */
    private static final LocalTime APPOINTMENT = LocalTime.of(9, 0);

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private TicketService tickets;

    @Inject
    private DueCheck dueCheck;

    @Inject
    private BusinessCalendar calendar;

    /** The active plans, oldest first: every run handles them in the same order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> candidates() {
        return em.createQuery("SELECT p.id FROM MaintenancePlan p WHERE p.active = TRUE ORDER BY p.id", Long.class)
                .getResultList();
    }

    /** M1: creates the plan's maintenance ticket when it is due on {@code date}, once per due date. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PlanResult process(long planId, LocalDate date) {
        MaintenancePlan plan = em.find(MaintenancePlan.class, planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || !plan.isActive()) {
            return PlanResult.of(planId, Outcome.INACTIVE);
        }
        if (plan.isAwaitingMaintenance()) {
            return new PlanResult(
                    planId,
                    Outcome.WAITING,
                    plan.getSerialNumber(),
                    plan.getPendingDueDate(),
                    null,
                    plan.getPendingTicketNumber(),
                    null);
        }
        DueState due = dueCheck.evaluate(plan, date);
        if (!due.isDue()) {
            return PlanResult.of(planId, Outcome.NOT_DUE);
        }
        List<String> earlier = em.createQuery(
                        "SELECT o.ticketNumber FROM MaintenanceOccurrence o "
                                + "WHERE o.planId = :p AND o.dueDate = :d",
                        String.class)
                .setParameter("p", planId)
                .setParameter("d", due.dueDate())
                .getResultList();
        if (!earlier.isEmpty()) { // the cycle was moved back onto a due date served before
            return new PlanResult(
                    planId,
                    Outcome.ALREADY_CREATED,
                    plan.getSerialNumber(),
                    due.dueDate(),
                    due.reason(),
                    earlier.get(0),
                    null);
        }
        Instant now = calendar.now();
        TicketView ticket = tickets.register(new NewTicket(
                plan.getCustomerId(),
                plan.getSerialNumber(),
                Channel.WEB,
                ServiceKind.MAINTENANCE,
                FaultLevel.GENERAL,
                null,
                MaintenanceTicketText.describe(
                        planId, plan.getLevel(), due.dueDate(), due.reason(), plan.getItems(), plan.getNotes()),
                null,
                appointment(due.dueDate(), now),
                plan.requiredQualifications(),
                Set.of()));
        em.persist(new MaintenanceOccurrence(
                planId,
                due.dueDate(),
                due.reason(),
                ticket.number(),
                now,
                context.getCallerPrincipal().getName()));
        plan.ticketCreated(due.dueDate(), ticket.number());
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new AlreadyCreatedException(planId, due.dueDate(), e);
        }
        return new PlanResult(
                planId, Outcome.CREATED, plan.getSerialNumber(), due.dueDate(), due.reason(), ticket.number(), null);
    }

    /** A ticket made ahead of its due date asks for that day (09:00); one that is due already, for now. */
    private Instant appointment(LocalDate dueDate, Instant now) {
        ZoneId zone = calendar.zone();
        Instant at = dueDate.atTime(APPOINTMENT).atZone(zone).toInstant();
        return at.isAfter(now) ? at : null;
    }

    /** Another run created the ticket for this plan and due date at the same moment; this one rolls back. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class AlreadyCreatedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public AlreadyCreatedException(long planId, LocalDate dueDate, Throwable cause) {
            super("Plan " + planId + " has its ticket for " + dueDate + " already", cause);
        }
    }
}
