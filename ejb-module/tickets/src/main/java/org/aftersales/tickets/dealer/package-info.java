/**
 * Dealer returns (经销商退返机, T7): received, judged, handled and sent back in their stages, each with its
 * ticket (T1, T10) and its lines in the goods log (T6).
 */
package org.aftersales.tickets.dealer;
