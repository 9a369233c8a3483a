/**
 * Approvals, one capability for every context: chains as data per kind and department (B6), the
 * inbox, delegation (授权人), reminders, and the effects each context registers for its kinds (P6 the
 * stock-take's adjustments, B4 discounts, W6 refunds, Q2 complaint replies, Q3 corrective actions).
 */
package org.aftersales.approvals;
