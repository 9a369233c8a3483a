/**
 * The parts context: the parts catalogue (P1), stock per service point with receipts, issues and
 * transfers on numbered slips (P2, T10), part requests of technicians (P4), returns of defective parts
 * (P3), counter sales and their settlement (P5), stock-takes with four-eyes approval (P6).
 */
package org.aftersales.parts;
