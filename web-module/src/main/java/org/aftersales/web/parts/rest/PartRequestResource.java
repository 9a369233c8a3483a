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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.parts.DefectiveDisposition;
import org.aftersales.domain.parts.PartRequestStatus;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.parts.boundary.PartRequestViews;
import org.aftersales.parts.boundary.PartRequests;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.parts.rest.PartRequestDtos.Request;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * P4: part requests (备件申请). A technician asks for parts for a ticket assigned to them; the
 * warehouse issues them (an outbound slip for the ticket), marks them to buy or rejects them; the
 * technician records the used quantities and the defective parts returned.
 */
@Path("part-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER})
public class PartRequestResource {

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private PartRequests requests;

    @Context
    private UriInfo uri;

    @POST
    @RolesAllowed({Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN})
    public Response request(@NotNull(message = "{validation.body}") PartRequestViews.NewRequest body) {
        Request created = Request.of(requests.request(body), calendar.zone());
        return Response.created(uri.getBaseUriBuilder()
                        .path("part-requests")
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    /** {@code ?ticketNumber=…&status=REQUESTED&servicePoint=BJ} → {@code { items: [...], total }}, newest first. */
    @GET
    public Page<Request> list(
            @BeanParam PageParams page,
            @QueryParam("ticketNumber") String ticketNumber,
            @QueryParam("status") String status,
            @QueryParam("servicePoint") String servicePoint) {
        PartRequestStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = PartRequestStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(FieldError.of(
                        "status",
                        "validation.unknownValue",
                        status,
                        java.util.Arrays.toString(PartRequestStatus.values())));
            }
        }
        ZoneId zone = calendar.zone();
        return Page.of(
                requests.list(ticketNumber, wanted, servicePoint, page.first(), page.size()), r -> Request.of(r, zone));
    }

    @GET
    @Path("{id}")
    public Request find(@PathParam("id") long id) {
        return Request.of(requests.find(id), calendar.zone());
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Request approve(@PathParam("id") long id) {
        return Request.of(requests.approve(id), calendar.zone());
    }

    /** P3, P4: one outbound slip for the ticket; not enough stock → 409, nothing issued. */
    @POST
    @Path("{id}/issue")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Request issue(@PathParam("id") long id, PartRequestDtos.Issue body) {
        return Request.of(requests.issue(id, body == null ? null : body.note()), calendar.zone());
    }

    @POST
    @Path("{id}/to-buy")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Request toBuy(@PathParam("id") long id, PartRequestDtos.ToBuy body) {
        return Request.of(requests.toBuy(id, body == null ? null : body.partNumbers()), calendar.zone());
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Request reject(@PathParam("id") long id, PartRequestDtos.Rejection body) {
        return Request.of(requests.reject(id, body == null ? null : body.reason()), calendar.zone());
    }

    /** P4: used quantities and defective parts returned with their disposition. */
    @POST
    @Path("{id}/usage")
    public Request usage(
            @PathParam("id") long id, @NotNull(message = "{validation.body}") PartRequestDtos.Usages body) {
        List<PartRequestViews.Usage> usages = body.lines() == null ? null : new ArrayList<>();
        for (int i = 0; usages != null && i < body.lines().size(); i++) {
            PartRequestDtos.Usage u = body.lines().get(i);
            if (u == null) {
                usages.add(null);
                continue;
            }
            DefectiveDisposition how = null;
            if (u.disposition() != null && !u.disposition().isBlank()) {
                try {
                    how = DefectiveDisposition.valueOf(u.disposition().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new RuleViolationException(FieldError.of(
                            "lines[" + i + "].disposition",
                            "validation.unknownValue",
                            u.disposition(),
                            java.util.Arrays.toString(DefectiveDisposition.values())));
                }
            }
            usages.add(new PartRequestViews.Usage(u.partNumber(), u.used(), u.defectiveReturned(), how));
        }
        return Request.of(requests.usage(id, usages), calendar.zone());
    }
}
