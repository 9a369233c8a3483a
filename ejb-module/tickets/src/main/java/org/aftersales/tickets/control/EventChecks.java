package org.aftersales.tickets.control;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.Predicate;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.domain.tickets.TicketLifecycle;
import org.aftersales.tickets.boundary.TicketViews.EventRequest;

/**
 * T3, T4, M2: what is checked before an event is recorded on a ticket — who may record it
 * ({@link EventPermissions}; a technician only on their own tickets), its time, the ticket's status and, for a dispatch, the technician.
 */
@Dependent
public class EventChecks {

    @EJB
    private UserService users;

    @Inject
    private TicketReader tickets;

    /**
     * T3: the request names an event that can be posted, the caller may see the ticket (issue 10.1:
     * another's ticket is unknown to a partner, 404, before anything else) and may record that event
     * (ADMIN any); its time is now when none was sent, never later than now give or take the clock
     * skew, and within this product's world. Returns that time.
     */
    public Instant admissible(String number, EventRequest request, Caller who, Instant now) {
        TicketEventType type = request.type();
        if (type == null || !type.isPostable()) {
            throw new RuleViolationException(FieldError.of("type", "validation.required"));
        }
        if (who.partner().isPresent()) {
            tickets.existing(number, who);
        }
        if (!who.is(Role.ADMIN) && EventPermissions.rolesFor(type).stream().noneMatch(holds(who))) {
            throw new EJBAccessException("Not allowed to record " + type);
        }
        Instant at = request.at() == null ? now : request.at();
        Plausible.notInFuture("at", at, now).ifPresent(e -> {
            throw new RuleViolationException(e);
        });
        Plausible.instant("at", at).ifPresent(e -> {
            throw new RuleViolationException(e);
        });
        return at;
    }

    /**
     * T3, T8: a technician records only on their own tickets; the status must allow the event (else
     * 409). {@code number} is the ticket's number as the caller wrote it, for the messages.
     */
    public void mayRecordOn(Ticket ticket, String number, TicketEventType type, Caller who) {
        if (EventPermissions.onlyOwnTickets(type, holds(who)) && !who.name().equals(ticket.getTechnician())) {
            throw new EJBAccessException("Ticket " + number + " is not assigned to " + who.name());
        }
        if (TicketLifecycle.next(ticket.getKind(), ticket.getStatus(), type).isEmpty()) {
            throw new ConflictException(
                    "error.illegalTransition", number, ticket.getStatus().name(), type.name());
        }
    }

    /** M2, T4: the technician exists, is a technician, is active and holds every qualification the work needs. */
    public String qualifiedTechnician(Ticket ticket, String username) {
        if (username == null || username.isBlank()) {
            throw new RuleViolationException(FieldError.of("technician", "validation.required"));
        }
        StaffMember technician = users.staffMember(username.strip())
                .filter(s -> s.roles().contains(Role.TECHNICIAN))
                .orElseThrow(() ->
                        new RuleViolationException(FieldError.of("technician", "validation.notATechnician", username)));
        if (!technician.active()) {
            throw new RuleViolationException(FieldError.of("technician", "validation.technicianLocked", username));
        }
        ticket.requireQualified(technician.displayName(), technician.qualifications()); // M2
        return technician.username();
    }

    /**
     * T8: a technician acts only on the tickets assigned to them; whoever holds one of {@code anyTicket}
     * (or ADMIN) acts on any.
     */
    public void assignedOrSupervisor(Ticket ticket, Caller caller, Role... anyTicket) {
        if (!caller.isAny(anyTicket) && !caller.name().equals(ticket.getTechnician())) {
            throw new EJBAccessException("Ticket " + ticket.getNumber() + " is not assigned to " + caller.name());
        }
    }

    private static Predicate<String> holds(Caller who) {
        return role -> who.roles().stream().anyMatch(r -> r.name().equals(role));
    }
}
