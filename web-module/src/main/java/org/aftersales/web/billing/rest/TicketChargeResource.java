package org.aftersales.web.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.aftersales.billing.boundary.Charges;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.billing.rest.BillingDtos.Charge;

/** 10.3 收费单: {@code /tickets/{number}/charge} — made from the accepted quote; read. */
@Path("tickets/{number}/charge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class TicketChargeResource {

    @EJB
    private Charges charges;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private UriInfo uri;

    /** 201 with Location {@code /charges/{number}}. */
    @POST
    @RolesAllowed({Roles.AGENT, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public Response charge(@PathParam("number") String number) {
        Charge charge = Charge.of(charges.charge(number), calendar.zone());
        return Response.created(uri.getBaseUriBuilder()
                        .path("charges")
                        .path(charge.number())
                        .build())
                .entity(charge)
                .build();
    }

    @GET
    public Charge get(@PathParam("number") String number) {
        return Charge.of(
                charges.ofTicket(number).orElseThrow(() -> new UnknownEntityException("Charge", number)),
                calendar.zone());
    }
}
