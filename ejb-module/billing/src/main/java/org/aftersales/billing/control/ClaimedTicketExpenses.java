package org.aftersales.billing.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.aftersales.billing.boundary.ExpenseClaimQueries;
import org.aftersales.billing.boundary.TicketExpenses;
import org.aftersales.domain.billing.CostCategory;

/**
 * B5, B6: a ticket's expenses for its cost accounting are what its approved (or paid) expense claims
 * (售后服务用度报销) give it, by the cost line each claim category belongs to: travel and allowances,
 * rental and site coordination, return freight (API.md's cost lines); "other" expenses stay on the
 * department's expense register and quota.
 */
@Stateless
@PermitAll
public class ClaimedTicketExpenses implements TicketExpenses {

    @EJB
    private ExpenseClaimQueries claims;

    @Override
    public Map<CostCategory, BigDecimal> approvedAmounts(String ticketNumber) {
        Map<CostCategory, BigDecimal> out = new EnumMap<>(CostCategory.class);
        // B5: only the cost lines claims feed; a claim's OTHER lines count on the register, not the ticket
        claims.approvedCostLinesByTicket(ticketNumber).forEach((line, amount) -> {
            if (line.fromExpenseClaims()) {
                out.merge(line, amount, BigDecimal::add);
            }
        });
        return out;
    }
}
