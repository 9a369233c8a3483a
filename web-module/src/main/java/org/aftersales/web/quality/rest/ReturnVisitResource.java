package org.aftersales.web.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import jakarta.ws.rs.core.MediaType;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.quality.boundary.ReturnVisits;
import org.aftersales.web.quality.rest.QualityDtos.OutcomeBody;
import org.aftersales.web.quality.rest.QualityDtos.Visit;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;
import org.aftersales.web.shared.rest.QueryDates;

/**
 * 顾客回访记录表 (Q4): {@code /return-visits?due=2026-12-05} — the call list of a day; the outcome of a
 * call, also when the customer has nothing to say; a problem opens a complaint in the same call.
 */
@Path("return-visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class ReturnVisitResource {

    @EJB
    private ReturnVisits visits;

    @GET
    public Page<Visit> due(
            @QueryParam("due") String due,
            @QueryParam("serialNumber") String serialNumber,
            @Valid @BeanParam PageParams page) {
        return Page.of(visits.due(QueryDates.optional(due, "due"), serialNumber, page.first(), page.size()), Visit::of);
    }

    @POST
    @Path("{id}/outcome")
    public Visit outcome(@PathParam("id") long id, @NotNull(message = "{validation.body}") OutcomeBody body) {
        return Visit.of(visits.record(id, body.input()));
    }
}
