package org.aftersales.tickets.dealer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.tickets.boundary.TicketViews.GoodsLogView;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.ReturnedUnit;
import org.aftersales.tickets.dealer.control.DealerReturnSearch;

/**
 * T6: what the carry-in paper of one ticket is printed from, besides the ticket — its lines of the
 * goods in/out log (客户商品进出登记本) and, for a dealer return (T7), the unit as the dealer described
 * it. Read only.
 */
@Stateless
@RolesAllowed({
    Roles.AGENT,
    Roles.DISPATCHER,
    Roles.TECHNICIAN,
    Roles.WAREHOUSE,
    Roles.FINANCE,
    Roles.QUALITY,
    Roles.MANAGER,
    Roles.ADMIN
})
public class CarryInRecords {

    @Inject
    private DealerReturnSearch search;

    /** The ticket's goods log lines, oldest first. */
    public List<GoodsLogView> goodsLog(String ticketNumber) {
        return search.goodsLog(ticketNumber).stream()
                .map(g -> new GoodsLogView(
                        g.getDirection(),
                        g.getAt(),
                        g.getTicketNumber(),
                        g.getItem(),
                        g.getSerialNumber(),
                        g.getCondition(),
                        g.getPerson(),
                        g.getRecordedBy()))
                .toList();
    }

    /** T7: the dealer return the ticket was opened for, if it was. */
    public Optional<ReturnedUnit> returnedUnit(String ticketNumber) {
        return search.ofTicket(ticketNumber).map(ReturnedUnit::of);
    }
}
