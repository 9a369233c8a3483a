package org.aftersales.tickets.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.domain.tickets.TicketStatus;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.TicketViews.Scope;
import org.aftersales.tickets.boundary.TicketViews.SortField;
import org.aftersales.tickets.boundary.TicketViews.TicketQuery;
import org.aftersales.tickets.control.TicketSearch;

/**
 * T4: a technician's open jobs on the phone — the ticket lists' own query (scope MINE, open only,
 * running deadline first), with what the technician needs to reach the customer: contact, phone and
 * address.
 */
@Stateless
@RolesAllowed({Roles.TECHNICIAN, Roles.ADMIN})
public class MyJobs {

    /** One job card: who to call, where to go, how urgent. */
    public record Job(
            String number,
            TicketStatus status,
            ServiceKind kind,
            FaultLevel faultLevel,
            String customerName,
            String contact,
            String phone,
            String address,
            String model,
            String description,
            Instant nextDeadline,
            boolean breached)
            implements Serializable {

        static Job of(Ticket t) {
            return new Job(
                    t.getNumber(),
                    t.getStatus(),
                    t.getKind(),
                    t.getFaultLevel(),
                    t.getCustomerName(),
                    t.getContact(),
                    t.getPhone(),
                    t.getAddress(),
                    t.getModel(),
                    t.getDescription(),
                    t.getNextDeadline(),
                    t.isBreached());
        }
    }

    private static final TicketQuery MINE_OPEN = new TicketQuery(
            Scope.MINE,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Boolean.TRUE,
            null,
            null,
            null,
            null,
            SortField.NEXT_DEADLINE,
            true);

    @Resource
    private SessionContext context;

    @Inject
    private TicketSearch search;

    @Inject
    private BusinessCalendar calendar;

    /** The caller's open tickets, the most urgent first. */
    public PageResult<Job> mine(int first, int size) {
        PageResult<Ticket> page = search.find(
                MINE_OPEN,
                context.getCallerPrincipal().getName(),
                java.util.Optional.empty(),
                null,
                calendar.zone(),
                calendar.now(),
                Math.max(0, first),
                Math.max(1, Math.min(size, 100)));
        return new PageResult<>(page.items().stream().map(Job::of).toList(), page.total());
    }
}
