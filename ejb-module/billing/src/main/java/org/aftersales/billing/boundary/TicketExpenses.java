package org.aftersales.billing.boundary;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.Map;
import org.aftersales.domain.billing.CostCategory;

/**
 * B5, B6 port: the approved expense amounts of a ticket by cost category (TRAVEL_ALLOWANCE, RENTAL,
 * FREIGHT), from the expense claims (售后服务用度报销) linked to it. The expense claims answer it
 * ({@code control.ClaimedTicketExpenses}). When an approved claim changes a
 * ticket's amounts, the claims call {@link CostAccounting#book} so the booking, its supplier claim and
 * the budget follow.
 */
@Local
public interface TicketExpenses {

    /** The approved amounts by category; categories without any are left out. */
    Map<CostCategory, BigDecimal> approvedAmounts(String ticketNumber);
}
