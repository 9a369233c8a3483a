/**
 * Preventive maintenance: plans by calendar or operating hours (M1, C3), the nightly run that opens
 * maintenance tickets (T1) for a qualified technician (M2), care plan templates per product type (M3).
 */
package org.aftersales.tickets.maintenance;
