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
import org.aftersales.billing.boundary.Charges;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.ChargePaymentMethod;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.billing.rest.BillingDtos.Charge;
import org.aftersales.web.billing.rest.BillingDtos.PaymentBody;
import org.aftersales.web.billing.rest.BillingDtos.RefundBody;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.MoneyText;

/**
 * 10.3 收费管理: {@code /charges/{number}} — payments in part or whole (above the balance → 422), refunds
 * through an approval of kind REFUND (W6), paid out once approved.
 */
@Path("charges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class ChargeResource {

    @EJB
    private Charges charges;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private UriInfo uri;

    @GET
    @Path("{number}")
    public Charge get(@PathParam("number") String number) {
        return Charge.of(charges.get(number), calendar.zone());
    }

    /** 201 with the charge and its new payment line. */
    @POST
    @Path("{number}/payments")
    public Response pay(@PathParam("number") String number, @NotNull(message = "{validation.body}") PaymentBody body) {
        Charge charge = Charge.of(
                charges.pay(
                        number,
                        new BillingViews.PaymentInput(
                                MoneyText.parse(body.amount(), "amount"),
                                EnumParser.one(ChargePaymentMethod.class, body.method(), "method", null))),
                calendar.zone());
        return created(charge);
    }

    /** W6: 201 with the charge and its refund awaiting approval (or paid, when the chain approved at once). */
    @POST
    @Path("{number}/refunds")
    @RolesAllowed({Roles.AGENT, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public Response refund(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") RefundBody body) {
        Charge charge = Charge.of(
                charges.refund(
                        number, new BillingViews.RefundInput(MoneyText.parse(body.amount(), "amount"), body.reason())),
                calendar.zone());
        return created(charge);
    }

    private Response created(Charge charge) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("charges")
                        .path(charge.number())
                        .build())
                .entity(charge)
                .build();
    }
}
