package org.aftersales.web.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aftersales.billing.boundary.CostAccounting;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.billing.rest.CostDtos.Costs;

/** B5: {@code GET /tickets/{number}/costs} — the ticket's actual cost by category and its cost centre. */
@Path("tickets/{number}/costs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class TicketCostResource {

    @EJB
    private CostAccounting costs;

    @Inject
    private BusinessCalendar calendar;

    @GET
    public Costs get(@PathParam("number") String number) {
        return Costs.of(costs.costs(number), calendar.zone());
    }
}
