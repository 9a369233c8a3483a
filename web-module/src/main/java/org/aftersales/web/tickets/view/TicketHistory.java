package org.aftersales.web.tickets.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.TicketQuery;
import org.aftersales.tickets.boundary.TicketViews.TicketSummary;

/** Issue 4, item 8: the service history (tickets, newest first) on the customer's and the product's page. */
@Named
@RequestScoped
public class TicketHistory {

    private static final int SHOWN = 50;

    @EJB
    private TicketService tickets;

    private List<TicketSummary> customer;
    private List<TicketSummary> product;

    public List<TicketSummary> ofCustomer(long id) {
        if (customer == null) {
            customer =
                    tickets.search(TicketQuery.all().forCustomer(id), 0, SHOWN).items();
        }
        return customer;
    }

    public List<TicketSummary> ofProduct(String serial) {
        if (product == null) {
            product = serial == null
                    ? List.of()
                    : tickets.search(TicketQuery.all().forProduct(serial), 0, SHOWN)
                            .items();
        }
        return product;
    }
}
