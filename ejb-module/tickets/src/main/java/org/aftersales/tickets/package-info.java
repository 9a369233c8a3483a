/**
 * The tickets context (叫修单): intake with its number (T1, T10), the recorded history that moves the status
 * (T3), the SLA clocks and alerts (T4, T5), carry-in goods log and pickup code (T6), dispatch of a
 * qualified technician (M2, T7), the service record and the customer's signature (T8), the
 * technicians' work hours (T11) and the installation checklist (T12). Sub-packages: {@code dealer}
 * (dealer returns, T7) and {@code maintenance} (preventive maintenance, M1–M3).
 */
package org.aftersales.tickets;
