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
import org.aftersales.domain.billing.Payer;
import org.aftersales.domain.billing.Quote;
import org.aftersales.domain.billing.QuoteState;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.tickets.boundary.ResolutionGate;
import org.aftersales.tickets.boundary.ResolutionGates;

/**
 * B3: a paid repair (payer CUSTOMER) is not resolved before the customer accepted its quote — 409 with
 * the reason, the ticket unchanged. Registered with the tickets context's gates at start, so tickets
 * does not depend on billing.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class QuoteGate implements ResolutionGate {

    @Resource
    private SessionContext context;

    @EJB
    private ResolutionGates gates;

    @Inject
    private BillingSearch search;

    @PostConstruct
    void register() {
        gates.register(context.getBusinessObject(ResolutionGate.class));
    }

    @Override
    public void beforeResolution(String ticketNumber, Entitlement entitlement) {
        if (!Payer.of(entitlement).needsAcceptanceBeforeResolution()) {
            return;
        }
        QuoteState state = search.quote(ticketNumber).map(Quote::getState).orElse(null);
        if (state != QuoteState.ACCEPTED) {
            throw new ConflictException("error.resolveBeforeAcceptedQuote", ticketNumber);
        }
    }
}
