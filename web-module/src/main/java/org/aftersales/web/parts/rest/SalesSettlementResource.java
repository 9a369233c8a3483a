package org.aftersales.web.parts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.parts.boundary.PartSaleViews;
import org.aftersales.parts.boundary.PartSales;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.parts.print.SaleForm;
import org.aftersales.web.parts.rest.SaleDtos.Settlement;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * P5: the sales settlement (销售结帐) — a counter hands in its unsettled sales on a payment slip
 * (缴款单); finance confirms the receipt.
 */
@Path("sales-settlements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.FINANCE})
public class SalesSettlementResource {

    @jakarta.inject.Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private PartSales sales;

    @Inject
    private SettingReader settings;

    @Context
    private UriInfo uri;

    /** What would be handed in now: {@code ?servicePoint=BJ} → count, total and the rows, no number. */
    @GET
    @Path("preview")
    public Settlement preview(@QueryParam("servicePoint") String servicePoint) {
        return Settlement.of(sales.unsettled(servicePoint), calendar.zone());
    }

    /** Settles every unsettled sale of the service point; nothing to settle → 409. */
    @POST
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Response settle(@NotNull(message = "{validation.body}") SaleDtos.NewSettlement body) {
        Settlement slip = Settlement.of(sales.settle(body.servicePoint(), body.cashier()), calendar.zone());
        return Response.created(uri.getBaseUriBuilder()
                        .path("sales-settlements")
                        .path(slip.number())
                        .build())
                .entity(slip)
                .build();
    }

    /** {@code ?servicePoint=BJ&open=true} (not yet received by finance), newest first. */
    @GET
    public Page<Settlement> list(
            @BeanParam PageParams page,
            @QueryParam("servicePoint") String servicePoint,
            @QueryParam("open") Boolean open) {
        ZoneId zone = calendar.zone();
        return Page.of(
                sales.settlements(servicePoint, Boolean.TRUE.equals(open), page.first(), page.size()),
                s -> Settlement.of(s, zone));
    }

    @GET
    @Path("{number}")
    public Settlement find(@PathParam("number") String number) {
        return Settlement.of(sales.settlement(number), calendar.zone());
    }

    /** Finance received the money (once; 409 the second time). */
    @POST
    @Path("{number}/receipt")
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public Settlement received(@PathParam("number") String number) {
        return Settlement.of(sales.received(number), calendar.zone());
    }

    /** P5: the payment slip as its paper form (three copies). */
    @GET
    @Path("{number}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("number") String number) {
        PartSaleViews.SettlementView slip = sales.settlement(number);
        return Response.ok(
                        SaleForm.payment(
                                slip, settings.text("print.company", "售后服务部"), calendar.zone(), staffNames::of),
                        "application/pdf")
                .header("Content-Disposition", "inline; filename=\"payment-" + number + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
