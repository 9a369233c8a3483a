package org.aftersales.tickets.boundary;

import jakarta.ejb.Local;
import org.aftersales.domain.customers.warranty.Entitlement;

/**
 * B3: a context that may hold back the resolution of a ticket — billing, until the customer of a
 * paid repair has accepted the quote. Asked in the transaction that records RESOLVED, before
 * anything changes; a gate that says no throws a {@code ConflictException} with the reason (409).
 * The tickets context depends on no one for this: a gate registers with {@link ResolutionGates}
 * when its context starts.
 */
@Local
public interface ResolutionGate {

    void beforeResolution(String ticketNumber, Entitlement entitlement);
}
