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
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.parts.PaymentMethod;
import org.aftersales.parts.boundary.PartSaleViews;
import org.aftersales.parts.boundary.PartSales;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.parts.print.SaleForm;
import org.aftersales.web.parts.rest.SaleDtos.Sale;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;
import org.aftersales.web.shared.rest.QueryDates;

/**
 * P5: parts sold over the counter — {@code POST /part-sales} writes the sales card (零配件销货卡)
 * and takes the parts from the stock at the catalogue price (not enough stock → 409, nothing sold).
 */
@Path("part-sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.FINANCE})
public class PartSaleResource {

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

    @POST
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Response sell(@NotNull(message = "{validation.body}") SaleDtos.NewSale body) {
        PaymentMethod method = EnumParser.one(PaymentMethod.class, body.paymentMethod(), "paymentMethod", null);
        Sale sale = Sale.of(
                sales.sell(new PartSaleViews.NewSale(
                        body.servicePoint(),
                        body.buyer(),
                        body.buyerPhone(),
                        body.ticketNumber(),
                        method,
                        body.cashier(),
                        body.note(),
                        body.lines())),
                calendar.zone());
        return Response.created(uri.getBaseUriBuilder()
                        .path("part-sales")
                        .path(sale.number())
                        .build())
                .entity(sale)
                .build();
    }

    /** {@code ?servicePoint=BJ&from=2026-11-01&to=2026-11-30&settled=false}, newest first. */
    @GET
    public Page<Sale> list(
            @BeanParam PageParams page,
            @QueryParam("servicePoint") String servicePoint,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("settled") Boolean settled) {
        ZoneId zone = calendar.zone();
        return Page.of(
                sales.list(servicePoint, day(from, "from"), day(to, "to"), settled, page.first(), page.size()),
                s -> Sale.of(s, zone));
    }

    @GET
    @Path("{number}")
    public Sale find(@PathParam("number") String number) {
        return Sale.of(sales.find(number), calendar.zone());
    }

    /** P5: the sales card as its paper form (two copies: 存根, 顾客). */
    @GET
    @Path("{number}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("number") String number) {
        PartSaleViews.SaleView sale = sales.find(number);
        return Response.ok(
                        SaleForm.sale(sale, settings.text("print.company", "售后服务部"), calendar.zone(), staffNames::of),
                        "application/pdf")
                .header("Content-Disposition", "inline; filename=\"sale-" + sale.number() + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static LocalDate day(String text, String field) {
        return QueryDates.optional(text, field);
    }
}
