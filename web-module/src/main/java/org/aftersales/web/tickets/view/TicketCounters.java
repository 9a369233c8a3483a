package org.aftersales.web.tickets.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.Scope;

/**
 * The home page's ticket counters (T4, T5): unassigned, breached, due within 2 h — each a link to the list,
 * each one count statement (issue 15.3), never the list's query.
 */
@Named
@RequestScoped
public class TicketCounters {

    @EJB
    private TicketService tickets;

    public long count(String filter, boolean mine) {
        return tickets.count(TicketsView.preset(filter, mine ? Scope.MINE : Scope.ALL));
    }
}
