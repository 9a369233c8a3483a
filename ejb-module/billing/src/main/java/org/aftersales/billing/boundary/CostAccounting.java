package org.aftersales.billing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.billing.boundary.CostViews.TicketCostView;
import org.aftersales.billing.control.CostBooker;
import org.aftersales.billing.control.CostSearch;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.TicketView;

/**
 * B5 after-sales cost accounting: a ticket's actual cost (parts at issue cost, labour at the internal
 * cost rate, travel and allowances, rental and site coordination, return freight) and the cost centre
 * that carries it. A ticket is booked in the transaction that resolves it ({@code control.CostBookingGate});
 * {@link #book} books it again at once — what the expense claims call when an approved claim changes a
 * ticket's amounts, and FINANCE's "book again" on the ticket page.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class CostAccounting {

    @Resource
    private SessionContext context;

    @EJB
    private TicketService tickets;

    @Inject
    private CostBooker booker;

    @Inject
    private CostSearch search;

    /** B5: the ticket's cost as it stands now (404 for an unknown ticket). */
    public TicketCostView costs(String ticketNumber) {
        TicketView ticket = ticket(ticketNumber);
        CostBooker.Costed costed = booker.cost(ticket);
        return TicketCostView.of(
                ticketNumber,
                costed.cost(),
                costed.origin(),
                search.booking(ticketNumber),
                search.claimOfTicket(ticketNumber));
    }

    /** B5: books the ticket's cost now; its supplier claim and its department's budget follow. */
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public TicketCostView book(String ticketNumber) {
        TicketView ticket = ticket(ticketNumber);
        CostBooker.Costed costed = booker.book(ticket, Caller.of(context).name());
        return TicketCostView.of(
                ticketNumber,
                costed.cost(),
                costed.origin(),
                search.booking(ticketNumber),
                search.claimOfTicket(ticketNumber));
    }

    private TicketView ticket(String number) {
        return tickets.find(number).orElseThrow(() -> new UnknownEntityException("Ticket", number));
    }
}
