package org.aftersales.tickets.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aftersales.domain.customers.warranty.Entitlement;

/**
 * B3: the gates a ticket passes before it is resolved. Another context registers its gate when it
 * starts (a {@code @Startup} bean of its own, as with the approval handlers); {@link TicketService}
 * asks every gate before it records RESOLVED.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ResolutionGates {

    private final List<ResolutionGate> gates = new CopyOnWriteArrayList<>();

    public void register(ResolutionGate gate) {
        gates.add(gate);
    }

    /** Every gate in turn; the first that refuses throws its conflict. */
    public void check(String ticketNumber, Entitlement entitlement) {
        for (ResolutionGate gate : gates) {
            gate.beforeResolution(ticketNumber, entitlement);
        }
    }
}
