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
import org.aftersales.domain.quality.InfoFormState;
import org.aftersales.quality.boundary.InfoForms;
import org.aftersales.quality.boundary.RecordsViews.InfoFormFilter;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.quality.rest.RecordsDtos.InfoForm;
import org.aftersales.web.quality.rest.RecordsDtos.InfoFormBody;
import org.aftersales.web.quality.rest.RecordsDtos.InfoFormEventBody;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * 售后信息处理单: {@code /info-forms} — received, filled in, routed to a responsible department with a
 * deadline, answered by the department's members ({@code /info-forms/mine}), surveyed, archived; an
 * illegal step → 409; a non-member's answer → 403.
 */
@Path("info-forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class InfoFormResource {

    @EJB
    private InfoForms forms;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private UriInfo uri;

    @POST
    public Response receive(@NotNull(message = "{validation.body}") InfoFormBody body) {
        InfoForm form = InfoForm.of(forms.receive(body.input()), calendar.zone());
        return Response.created(uri.getBaseUriBuilder()
                        .path("info-forms")
                        .path(String.valueOf(form.id()))
                        .build())
                .entity(form)
                .build();
    }

    @GET
    public Page<InfoForm> list(
            @QueryParam("state") String state,
            @QueryParam("department") String department,
            @QueryParam("q") String text,
            @Valid @BeanParam PageParams page) {
        return Page.of(
                forms.list(filter(state, department, text), page.first(), page.size()),
                f -> InfoForm.of(f, calendar.zone()));
    }

    /** The forms routed to the caller's departments. */
    @GET
    @Path("mine")
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
    public Page<InfoForm> mine(@QueryParam("state") String state, @Valid @BeanParam PageParams page) {
        return Page.of(
                forms.mine(filter(state, null, null), page.first(), page.size()), f -> InfoForm.of(f, calendar.zone()));
    }

    @GET
    @Path("{id}")
    public InfoForm get(@PathParam("id") long id) {
        return InfoForm.of(forms.get(id), calendar.zone());
    }

    @POST
    @Path("{id}/events")
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
    public InfoForm step(@PathParam("id") long id, @NotNull(message = "{validation.body}") InfoFormEventBody body) {
        return InfoForm.of(forms.step(id, body.input()), calendar.zone());
    }

    private static InfoFormFilter filter(String state, String department, String text) {
        return new InfoFormFilter(EnumParser.one(InfoFormState.class, state, "state", null), department, text);
    }
}
