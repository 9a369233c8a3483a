package org.aftersales.web.billing.rest;

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
import org.aftersales.billing.boundary.CashSlipViews;
import org.aftersales.billing.boundary.CashSlips;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.billing.print.CashSlipForm;
import org.aftersales.web.billing.rest.CashSlipDtos.NewSlip;
import org.aftersales.web.billing.rest.CashSlipDtos.Slip;
import org.aftersales.web.billing.rest.CashSlipDtos.Unhanded;
import org.aftersales.web.shared.rest.MoneyText;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;
import org.aftersales.web.shared.rest.StrictJson;

/**
 * 10.3 {@code /cash-slips}: the cash a technician took on site, handed in on a payment slip (缴款单) per
 * department; the cashier settles it once (a second cashier at the same time: 409).
 */
@Path("cash-slips")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class CashSlipResource {

    @EJB
    private CashSlips slips;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private SettingReader settings;

    @Inject
    private org.aftersales.web.shared.view.StaffNames staffNames;

    @Context
    private UriInfo uri;

    /** The caller's cash not yet handed in, per department. */
    @GET
    @Path("unhanded")
    public CashSlipDtos.UnhandedList unhanded() {
        ZoneId zone = calendar.zone();
        return new CashSlipDtos.UnhandedList(
                slips.unhanded().stream().map(u -> Unhanded.of(u, zone)).toList());
    }

    /** 201 with the slip covering all the caller's unhanded cash of the department; none → 409. */
    @POST
    @RolesAllowed({Roles.AGENT, Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN})
    public Response handIn(@NotNull(message = "{validation.body}") NewSlip body) {
        return created(
                Slip.of(slips.handIn(new CashSlipViews.NewSlip(body.department(), body.cashier())), calendar.zone()));
    }

    /** {@code ?all=true} (finance, managers): everyone's; {@code open=true}: not yet settled. */
    @GET
    public Page<Slip> list(
            @BeanParam PageParams page, @QueryParam("all") Boolean all, @QueryParam("open") Boolean open) {
        ZoneId zone = calendar.zone();
        return Page.of(
                slips.list(Boolean.TRUE.equals(all), Boolean.TRUE.equals(open), page.first(), page.size()),
                s -> Slip.of(s, zone));
    }

    @GET
    @Path("{number}")
    public Slip get(@PathParam("number") String number) {
        return Slip.of(slips.get(number), calendar.zone());
    }

    /**
     * 201: the cashier settled the slip, with the cash counted ({@code {"counted":"160.50"}}, optional:
     * absent or no body → the total); settled already (or by whoever paid it in) → 409.
     */
    @POST
    @Path("{number}/settlement")
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public Response settle(@PathParam("number") String number, String json) {
        // the body is optional (callers from before post none, or an empty one): read it only when given
        CashSlipDtos.Settlement body = json == null || json.isBlank()
                ? null
                : new StrictJson()
                        .getContext(CashSlipDtos.Settlement.class)
                        .fromJson(json, CashSlipDtos.Settlement.class);
        java.math.BigDecimal counted = MoneyText.parse(body == null ? null : body.counted(), "counted");
        return created(Slip.of(slips.settle(number, counted), calendar.zone()));
    }

    /** The payment slip as its paper form (three copies). */
    @GET
    @Path("{number}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("number") String number) {
        return Response.ok(
                        CashSlipForm.render(
                                slips.get(number),
                                settings.text("print.company", "售后服务部"),
                                calendar.zone(),
                                staffNames::of),
                        "application/pdf")
                .header("Content-Disposition", "inline; filename=\"payment-" + number + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private Response created(Slip slip) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("cash-slips")
                        .path(slip.number())
                        .build())
                .entity(slip)
                .build();
    }
}
