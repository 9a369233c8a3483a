package org.aftersales.billing.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.tickets.boundary.ResolutionGate;
import org.aftersales.tickets.boundary.ResolutionGates;
import org.aftersales.tickets.boundary.TicketService;

/**
 * B5: books a ticket's actual cost in the transaction that resolves it (registered with the tickets
 * context's resolution gates at start, so tickets does not depend on billing; it never refuses). The
 * booking reads the parts issued to the ticket, which the staff who resolve tickets may read; a
 * resolution recorded by a partner system or by QUALITY is not booked here — FINANCE books it from the
 * ticket page ({@code CostAccounting.book}).
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CostBookingGate implements ResolutionGate {

    /** The roles that may read what a booking reads (the parts context's issues to a ticket). */
    private static final List<String> BOOKERS = List.of(
            Roles.AGENT,
            Roles.DISPATCHER,
            Roles.TECHNICIAN,
            Roles.WAREHOUSE,
            Roles.FINANCE,
            Roles.MANAGER,
            Roles.ADMIN);

    @Resource
    private SessionContext context;

    @EJB
    private ResolutionGates gates;

    @EJB
    private TicketService tickets;

    @Inject
    private CostBooker booker;

    @PostConstruct
    void register() {
        gates.register(context.getBusinessObject(ResolutionGate.class));
    }

    @Override
    public void beforeResolution(String ticketNumber, Entitlement entitlement) {
        if (BOOKERS.stream().noneMatch(context::isCallerInRole)) {
            return;
        }
        tickets.find(ticketNumber)
                .ifPresent(t -> booker.book(t, context.getCallerPrincipal().getName()));
    }
}
