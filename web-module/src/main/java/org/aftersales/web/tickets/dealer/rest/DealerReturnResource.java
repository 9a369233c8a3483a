package org.aftersales.web.tickets.dealer.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.tickets.dealer.Appearance;
import org.aftersales.domain.tickets.dealer.Arrival;
import org.aftersales.domain.tickets.dealer.DealerReturnStage;
import org.aftersales.domain.tickets.dealer.FunctionCheck;
import org.aftersales.domain.tickets.dealer.Handling;
import org.aftersales.domain.tickets.dealer.WantedHandling;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnQuery;
import org.aftersales.tickets.dealer.boundary.DealerReturns;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;
import org.aftersales.web.shared.rest.QueryDates;
import org.aftersales.web.tickets.dealer.rest.DealerReturnDtos.DealerReturn;
import org.aftersales.web.tickets.dealer.rest.DealerReturnDtos.DealerReturnListItem;
import org.aftersales.web.tickets.dealer.rest.DealerReturnDtos.Decision;
import org.aftersales.web.tickets.dealer.rest.DealerReturnDtos.Disposition;
import org.aftersales.web.tickets.dealer.rest.DealerReturnDtos.Judgement;
import org.aftersales.web.tickets.dealer.rest.DealerReturnDtos.NewDealerReturn;
import org.aftersales.web.tickets.dealer.rest.DealerReturnDtos.ReceivingCheck;

/**
 * T7: {@code /dealer-returns} — the 产品售后管理表 filed by a dealer (or for one), then the receiving
 * check, judgement, decision and disposition, each against the version read: a stage out of turn →
 * 409, a stale version → 409, bad input → 422, and nothing changes.
 */
@Path("dealer-returns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class DealerReturnResource {

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private DealerReturns returns;

    /** T7, T10: the dealer's part; opens the linked RETURN_EXCHANGE ticket. */
    @POST
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
    public Response register(
            @NotNull(message = "{validation.body}") @Valid NewDealerReturn body, @Context UriInfo uri) {
        DealerReturnViews.DealerReturnView created = returns.register(new DealerReturnViews.NewDealerReturn(
                body.dealerCustomerId(),
                body.dealerName(),
                QueryDates.optional(body.feedbackDate(), "feedbackDate"),
                body.model(),
                body.colour(),
                body.serialNumber(),
                QueryDates.optional(body.purchaseDate(), "purchaseDate"),
                body.problem(),
                EnumParser.one(Arrival.class, body.arrival(), "arrival", null),
                body.courierCompany(),
                body.trackingNumber(),
                EnumParser.one(WantedHandling.class, body.wantedHandling(), "wantedHandling", null),
                body.turnaroundDays()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.number()).build())
                .entity(DealerReturn.of(created, zone()))
                .build();
    }

    @GET
    @Path("{number}")
    public DealerReturn get(@PathParam("number") String number) {
        return DealerReturn.of(returns.get(number), zone());
    }

    /** T7 items 9–10; the ticket records RECEIVED. */
    @POST
    @Path("{number}/receiving-check")
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public DealerReturn receivingCheck(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") @Valid ReceivingCheck body) {
        return DealerReturn.of(
                returns.receive(
                        number,
                        new DealerReturnViews.ReceivingInput(
                                body.version(),
                                ApiTime.parse(body.receivedAt(), "receivedAt"),
                                EnumParser.one(Appearance.class, body.appearance(), "appearance", null),
                                EnumParser.one(FunctionCheck.class, body.function(), "function", null),
                                body.functionNote(),
                                body.accessories(),
                                body.note())),
                zone());
    }

    /** T7 item 11. */
    @POST
    @Path("{number}/judgement")
    public DealerReturn judgement(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") @Valid Judgement body) {
        return DealerReturn.of(
                returns.judge(
                        number,
                        new DealerReturnViews.JudgementInput(
                                body.version(),
                                EnumParser.one(
                                        org.aftersales.domain.tickets.dealer.Judgement.class,
                                        body.judgement(),
                                        "judgement",
                                        null),
                                body.note())),
                zone());
    }

    /** T7 item 12. */
    @POST
    @Path("{number}/decision")
    public DealerReturn decision(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") @Valid Decision body) {
        return DealerReturn.of(
                returns.decide(
                        number,
                        new DealerReturnViews.DecisionInput(
                                body.version(),
                                EnumParser.one(Handling.class, body.handling(), "handling", null),
                                body.note())),
                zone());
    }

    /** T7 item 13: closes the return. */
    @POST
    @Path("{number}/disposition")
    public DealerReturn disposition(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") @Valid Disposition body) {
        return DealerReturn.of(
                returns.dispose(
                        number,
                        new DealerReturnViews.DispositionInput(
                                body.version(),
                                EnumParser.one(
                                        org.aftersales.domain.tickets.dealer.Disposition.class,
                                        body.disposition(),
                                        "disposition",
                                        null),
                                body.note())),
                zone());
    }

    /** The list: {@code query} (number, ticket, serial or part of the dealer's name), dealer, stage, overdue, received. */
    @GET
    public Page<DealerReturnListItem> list(
            @BeanParam PageParams page,
            @QueryParam("query") String query,
            @QueryParam("dealerCustomerId") Long dealerCustomerId,
            @QueryParam("stage") List<String> stages,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("receivedFrom") String receivedFrom,
            @QueryParam("receivedTo") String receivedTo) {
        DealerReturnQuery q = new DealerReturnQuery(
                query,
                dealerCustomerId,
                EnumParser.parse(DealerReturnStage.class, stages, "stage"),
                overdue,
                QueryDates.optional(receivedFrom, "receivedFrom"),
                QueryDates.optional(receivedTo, "receivedTo"));
        ZoneId zone = zone();
        return Page.of(returns.search(q, page.first(), page.size()), r -> DealerReturnListItem.of(r, zone));
    }

    private ZoneId zone() {
        return calendar.zone();
    }
}
