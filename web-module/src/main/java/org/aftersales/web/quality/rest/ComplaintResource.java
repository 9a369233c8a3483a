package org.aftersales.web.quality.rest;

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
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.ComplaintState;
import org.aftersales.quality.boundary.Complaints;
import org.aftersales.quality.boundary.QualityViews.ComplaintFilter;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.quality.rest.QualityDtos.Complaint;
import org.aftersales.web.quality.rest.QualityDtos.ComplaintBody;
import org.aftersales.web.quality.rest.QualityDtos.ComplaintLine;
import org.aftersales.web.quality.rest.QualityDtos.EventBody;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * 客户投诉处理报告单 (Q1, Q2): {@code /complaints} — taken with the reply promised by its severity's term,
 * moved along its flow (an illegal step → 409, nothing changes), the reply signed off through an
 * approval of kind COMPLAINT_REPLY; listed by state, ticket and serial. A partner files (channel
 * PARTNER_API) and reads its own complaints only; it never moves them.
 */
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
public class ComplaintResource {

    @EJB
    private Complaints complaints;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private UriInfo uri;

    /** Q1: 201 with Location {@code /complaints/{number}}: number, state ACCEPTED, replyBy. */
    @POST
    public Response accept(@NotNull(message = "{validation.body}") ComplaintBody body) {
        Complaint complaint = Complaint.of(complaints.accept(body.input()), calendar.zone());
        return Response.created(uri.getBaseUriBuilder()
                        .path("complaints")
                        .path(complaint.number())
                        .build())
                .entity(complaint)
                .build();
    }

    @GET
    public Page<ComplaintLine> list(
            @QueryParam("state") String state,
            @QueryParam("ticketNumber") String ticketNumber,
            @QueryParam("serialNumber") String serialNumber,
            @Valid @BeanParam PageParams page) {
        ComplaintFilter filter = new ComplaintFilter(
                EnumParser.one(ComplaintState.class, state, "state", null), ticketNumber, serialNumber);
        return Page.of(complaints.list(filter, page.first(), page.size()), c -> ComplaintLine.of(c, calendar.zone()));
    }

    @GET
    @Path("{number}")
    public Complaint get(@PathParam("number") String number) {
        return Complaint.of(complaints.get(number), calendar.zone());
    }

    /** Q2: one step; REPLIED submits the reply for approval (the complaint stays SOLVED, replyPending). */
    @POST
    @Path("{number}/events")
    @RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
    public Complaint record(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") EventBody body) {
        return Complaint.of(complaints.record(number, body.input()), calendar.zone());
    }
}
