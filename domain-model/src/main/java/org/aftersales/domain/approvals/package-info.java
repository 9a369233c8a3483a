/**
 * Approvals: the chains of steps (data, per kind and department), the requests that walk them, the
 * decisions (append-only) and the delegations (授权人). Rules: B4 discounts and policies, B6 the
 * expense chain, P6 the stock-take's four eyes, Q2 the complaint's reply, Q3 closing a corrective
 * action, W6 refunds.
 */
package org.aftersales.domain.approvals;
