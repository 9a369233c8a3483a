package org.aftersales.billing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.aftersales.billing.boundary.ExpenseViews.TicketExpenses;
import org.aftersales.billing.control.ExpenseSearch;
import org.aftersales.domain.billing.Cents;
import org.aftersales.domain.billing.CostCategory;
import org.aftersales.domain.billing.ExpenseCategory;
import org.aftersales.domain.billing.ExpenseClaim;
import org.aftersales.domain.billing.ExpenseClaimState;

/**
 * B5, B6: what approved expense claims (APPROVED or PAID) add to a ticket's costs, by category — for the
 * ticket's cost accounting. A line naming the ticket counts in full, a line of a claim for several
 * tickets in an equal share (ExpenseClaim#amountsFor). Pending, rejected and withdrawn claims count
 * nothing.
 */
@Stateless
@PermitAll
public class ExpenseClaimQueries {

    @Inject
    private ExpenseSearch search;

    /** The approved expense amounts of the ticket per expense category (empty map: none). */
    public TicketExpenses approvedByTicket(String ticketNumber) {
        Map<ExpenseCategory, BigDecimal> out = new EnumMap<>(ExpenseCategory.class);
        for (ExpenseClaim c :
                search.ofTicket(ticketNumber, EnumSet.of(ExpenseClaimState.APPROVED, ExpenseClaimState.PAID))) {
            c.amountsFor(ticketNumber).forEach((category, amount) -> out.merge(category, amount, BigDecimal::add));
        }
        BigDecimal total = out.values().stream().reduce(Cents.ZERO, BigDecimal::add);
        return new TicketExpenses(ticketNumber, out, total);
    }

    /**
     * The same by the ticket's cost lines (TRAVEL_ALLOWANCE, RENTAL, FREIGHT; ExpenseCategory#costLine);
     * OTHER lines are on no cost line of the ticket (they count on the department's register).
     */
    public Map<CostCategory, BigDecimal> approvedCostLinesByTicket(String ticketNumber) {
        Map<CostCategory, BigDecimal> out = new EnumMap<>(CostCategory.class);
        approvedByTicket(ticketNumber)
                .byCategory()
                .forEach((c, a) -> c.costLine().ifPresent(line -> out.merge(line, a, BigDecimal::add)));
        return out;
    }
}
