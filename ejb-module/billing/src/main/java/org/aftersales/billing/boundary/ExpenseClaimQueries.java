package org.aftersales.billing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.billing.boundary.ExpenseViews.TicketExpenses;
import org.aftersales.billing.control.ExpenseSearch;
import org.aftersales.domain.billing.Cents;
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
     * The same by the ticket's cost lines ({@code TRAVEL_ALLOWANCE}, {@code RENTAL}, {@code FREIGHT},
     * {@code OTHER}; ExpenseCategory#costCategory).
     */
    public Map<String, BigDecimal> approvedCostLinesByTicket(String ticketNumber) {
        Map<String, BigDecimal> out = new TreeMap<>();
        approvedByTicket(ticketNumber).byCategory().forEach((c, a) -> out.merge(c.costCategory(), a, BigDecimal::add));
        return out;
    }
}
