/**
 * The billing context: the fee schedule in approved versions (B1), the quote a customer agrees to
 * before a paid repair — typed or made from the ticket's records, free under warranty (B2, B3), with
 * discounts above a setting approved first (B4) — the resolution gate of paid repairs (B3), and the
 * charge (收费单, T10) with payments and refunds through approval (10.3, W6); the after-sales cost
 * accounting (B5): a ticket's actual cost booked with its cost centre, claims on suppliers (索赔单) and
 * the budgets of the project departments. It asks the tickets, parts and customers contexts through
 * their boundaries (the model's origin and the expenses of a ticket through its ports
 * {@code ModelOrigins} and {@code TicketExpenses}) and the approvals capability for every approval.
 */
package org.aftersales.billing;
