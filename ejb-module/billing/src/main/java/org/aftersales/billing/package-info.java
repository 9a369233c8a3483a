/**
 * The billing context: the fee schedule in approved versions (B1), the quote a customer agrees to
 * before a paid repair — typed or made from the ticket's records, free under warranty (B2, B3), with
 * discounts above a setting approved first (B4) — the resolution gate of paid repairs (B3), and the
 * charge (收费单, T10) with payments and refunds through approval (10.3, W6). It asks the tickets and
 * parts contexts through their boundaries and the approvals capability for every approval.
 */
package org.aftersales.billing;
