package org.aftersales.web.parts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.parts.StockTakeStatus;
import org.aftersales.parts.boundary.StockTakeViews;
import org.aftersales.parts.boundary.StockTakeViews.LineView;
import org.aftersales.parts.boundary.StockTakeViews.StockTakeView;
import org.aftersales.parts.boundary.StockTakes;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.MoneyText;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * P6: stock-takes (盘点) — start one for a service point (the book quantities are taken then),
 * {@code PUT …/counts} the counted quantities, submit, and a manager other than the submitter
 * approves (the adjustments enter the ledger) or rejects for a recount.
 */
@Path("stock-takes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.FINANCE})
public class StockTakeResource {

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private StockTakes takes;

    @Context
    private UriInfo uri;

    /** P6: the counts of {@code PUT …/counts}, each a {@code StockTakeViews.Count}. */
    public record Counts(List<StockTakeViews.Count> counts) {}

    public record Reason(String reason) {}

    @JsonbNillable
    public record StockTake(
            long id,
            String number,
            String servicePoint,
            String note,
            String status,
            int lines,
            long counted,
            long differences,
            String startedBy,
            String startedAt,
            String submittedBy,
            String submittedAt,
            String decidedBy,
            String decidedAt,
            String reason,
            long version) {
        static StockTake of(StockTakeView t, ZoneId zone) {
            return new StockTake(
                    t.id(),
                    t.number(),
                    t.servicePoint(),
                    t.note(),
                    t.status().name(),
                    t.lineCount(),
                    t.counted(),
                    t.differences(),
                    t.startedBy(),
                    ApiTime.format(t.startedAt(), zone),
                    t.submittedBy(),
                    ApiTime.format(t.submittedAt(), zone),
                    t.decidedBy(),
                    ApiTime.format(t.decidedAt(), zone),
                    t.reason(),
                    t.version());
        }
    }

    @JsonbNillable
    public record Line(
            int lineNo,
            String partNumber,
            int bookQty,
            Integer countedQty,
            int difference,
            String countedBy,
            Integer adjustmentQty,
            String adjustmentValue,
            long version) {
        static Line of(LineView l) {
            return new Line(
                    l.lineNo(),
                    l.partNumber(),
                    l.bookQty(),
                    l.countedQty(),
                    l.difference(),
                    l.countedBy(),
                    l.adjustmentQty(),
                    MoneyText.format(l.adjustmentValue()),
                    l.version());
        }
    }

    @POST
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Response start(@NotNull(message = "{validation.body}") StockTakeViews.NewStockTake body) {
        StockTake take = StockTake.of(takes.start(body), calendar.zone());
        return Response.created(uri.getBaseUriBuilder()
                        .path("stock-takes")
                        .path(String.valueOf(take.id()))
                        .build())
                .entity(take)
                .build();
    }

    /** {@code ?servicePoint=BJ&status=COUNTING}, newest first. */
    @GET
    public Page<StockTake> list(
            @BeanParam PageParams page,
            @QueryParam("servicePoint") String servicePoint,
            @QueryParam("status") String status) {
        ZoneId zone = calendar.zone();
        return Page.of(
                takes.list(
                        servicePoint,
                        EnumParser.one(StockTakeStatus.class, status, "status", null),
                        page.first(),
                        page.size()),
                t -> StockTake.of(t, zone));
    }

    @GET
    @Path("{id}")
    public StockTake find(@PathParam("id") long id) {
        return StockTake.of(takes.find(id), calendar.zone());
    }

    /** {@code ?filter=ALL|UNCOUNTED|DIFFERENCES}, in part-number order. */
    @GET
    @Path("{id}/lines")
    public Page<Line> lines(@BeanParam PageParams page, @PathParam("id") long id, @QueryParam("filter") String filter) {
        return Page.of(
                takes.lines(
                        id,
                        EnumParser.one(StockTakes.LineFilter.class, filter, "filter", StockTakes.LineFilter.ALL),
                        page.first(),
                        page.size()),
                Line::of);
    }

    /** The counted quantities (a part not listed is added); a stale line version → 409, nothing saved. */
    @PUT
    @Path("{id}/counts")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public List<Line> count(@PathParam("id") long id, @NotNull(message = "{validation.body}") Counts body) {
        return takes.count(id, body.counts()).stream().map(Line::of).toList();
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockTake submit(@PathParam("id") long id) {
        return StockTake.of(takes.submit(id), calendar.zone());
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public StockTake approve(@PathParam("id") long id) {
        return StockTake.of(takes.approve(id), calendar.zone());
    }

    @POST
    @Path("{id}/rejection")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public StockTake reject(@PathParam("id") long id, @NotNull(message = "{validation.body}") Reason body) {
        return StockTake.of(takes.reject(id, body.reason()), calendar.zone());
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockTake cancel(@PathParam("id") long id, @NotNull(message = "{validation.body}") Reason body) {
        return StockTake.of(takes.cancel(id, body.reason()), calendar.zone());
    }
}
