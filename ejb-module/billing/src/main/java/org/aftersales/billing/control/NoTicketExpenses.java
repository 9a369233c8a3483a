package org.aftersales.billing.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.Map;
import org.aftersales.billing.boundary.TicketExpenses;
import org.aftersales.domain.billing.CostCategory;

/**
 * B5: the expenses of a ticket while no expense claims exist in the application — none. Replaced (this
 * class deleted) by the expense claims' implementation of {@link TicketExpenses}.
 */
@Stateless
@PermitAll
public class NoTicketExpenses implements TicketExpenses {

    @Override
    public Map<CostCategory, BigDecimal> approvedAmounts(String ticketNumber) {
        return Map.of();
    }
}
