package org.aftersales.web.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import org.aftersales.billing.boundary.BillingViews;
import org.aftersales.billing.boundary.Quotes;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.AcceptanceMethod;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.billing.rest.BillingDtos.AcceptanceBody;
import org.aftersales.web.billing.rest.BillingDtos.DeclinationBody;
import org.aftersales.web.billing.rest.BillingDtos.Quote;
import org.aftersales.web.billing.rest.BillingDtos.QuoteBody;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.EnumParser;

/**
 * B2, B3 维修报价: {@code /tickets/{number}/quote} — made with the amounts or computed from {@code {}},
 * accepted by signature or phone, or declined.
 */
@Path("tickets/{number}/quote")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class QuoteResource {

    @EJB
    private Quotes quotes;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private UriInfo uri;

    @GET
    public Quote get(@PathParam("number") String number) {
        return Quote.of(quotes.get(number), calendar.zone());
    }

    /** B2: the quote (again, while a draft); 201 with the quote. */
    @POST
    public Response quote(@PathParam("number") String number, @NotNull(message = "{validation.body}") QuoteBody body) {
        Quote quote = Quote.of(quotes.quote(number, body.input()), calendar.zone());
        return Response.created(uri.getAbsolutePath()).entity(quote).build();
    }

    /** B3: the customer agrees (SIGNATURE with the image, or PHONE: who and when; the caller recorded it). */
    @POST
    @Path("acceptance")
    public Quote accept(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") AcceptanceBody body) {
        return Quote.of(
                quotes.accept(
                        number,
                        new BillingViews.AcceptanceInput(
                                EnumParser.one(AcceptanceMethod.class, body.method(), "method", null),
                                body.by(),
                                ApiTime.parse(body.at(), "at"),
                                BillingDtos.signature(body.signature()))),
                calendar.zone());
    }

    /** B3: the customer declines; the ticket is cancelled with the reason, the inspection fee stays. */
    @POST
    @Path("declination")
    public Quote decline(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") DeclinationBody body) {
        return Quote.of(quotes.decline(number, body.reason()), calendar.zone());
    }
}
