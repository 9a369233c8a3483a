package org.aftersales.web.approvals.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.approvals.boundary.ApprovalViews.DelegationView;
import org.aftersales.approvals.boundary.ApprovalViews.NewDelegation;
import org.aftersales.approvals.boundary.Delegations;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.shared.rest.ApiTime;

/** 授权人 (API.md, "Approvals"): {@code POST /delegations}, my delegations, revoking one. */
@Path("delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.AGENT,
    Roles.DISPATCHER,
    Roles.TECHNICIAN,
    Roles.WAREHOUSE,
    Roles.FINANCE,
    Roles.QUALITY,
    Roles.MANAGER,
    Roles.ADMIN
})
public class DelegationResource {

    @EJB
    private Delegations delegations;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private UriInfo uri;

    public record Body(String from, String to, LocalDate validFrom, LocalDate validUntil) {}

    @JsonbNillable
    public record Item(
            long id,
            String from,
            String to,
            LocalDate validFrom,
            LocalDate validUntil,
            String createdBy,
            String createdAt,
            String revokedBy,
            String revokedAt) {
        static Item of(DelegationView d, ZoneId zone) {
            return new Item(
                    d.id(),
                    d.from(),
                    d.to(),
                    d.validFrom(),
                    d.validUntil(),
                    d.createdBy(),
                    ApiTime.format(d.createdAt(), zone),
                    d.revokedBy(),
                    ApiTime.format(d.revokedAt(), zone));
        }
    }

    @POST
    public Response create(@NotNull(message = "{validation.body}") Body body) {
        Item item = Item.of(
                delegations.create(new NewDelegation(body.from(), body.to(), body.validFrom(), body.validUntil())),
                calendar.zone());
        return Response.created(uri.getBaseUriBuilder()
                        .path("delegations")
                        .path(String.valueOf(item.id()))
                        .build())
                .entity(item)
                .build();
    }

    /** The delegations the caller gave or received (an administrator: all), newest first. */
    @GET
    public List<Item> mine() {
        ZoneId zone = calendar.zone();
        return delegations.mine().stream().map(d -> Item.of(d, zone)).toList();
    }

    /** Ends a delegation now (its delegator or an administrator). */
    @POST
    @Path("{id}/revocation")
    public Item revoke(@PathParam("id") long id) {
        return Item.of(delegations.revoke(id), calendar.zone());
    }
}
