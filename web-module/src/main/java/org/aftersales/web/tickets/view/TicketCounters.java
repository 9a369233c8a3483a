package org.aftersales.web.tickets.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.Scope;

/**
 * The home page's ticket counters (T4, T5): unassigned, breached, due within 2 h — each a link to the list,
 * each one count statement (issue 15.3), never the list's query. Like the list, a counter stops at
 * {@code tickets.list-count-limit} and then says "10000+": the home page is opened more than any other,
 * and its cost must not grow with a department's history.
 */
@Named
@RequestScoped
public class TicketCounters {

    @EJB
    private TicketService tickets;

    @Inject
    private SettingReader settings;

    private int limit;

    @PostConstruct
    void init() {
        limit = settings.number(TicketsView.LIST_COUNT_LIMIT, TicketsView.LIST_COUNT_LIMIT_DEFAULT);
    }

    /** The counter's figure: the count, or the limit and "+" when there are more. */
    public String count(String filter, boolean mine) {
        var query = TicketsView.preset(filter, mine ? Scope.MINE : Scope.ALL);
        return figure(limit <= 0 ? tickets.count(query) : tickets.count(query, limit + 1L), limit);
    }

    /** {@code count} of a count stopped at {@code limit + 1}: above the limit it shows "limit+". */
    static String figure(long count, int limit) {
        return limit > 0 && count > limit ? limit + "+" : String.valueOf(count);
    }
}
