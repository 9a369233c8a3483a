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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.CapaSource;
import org.aftersales.domain.quality.CapaState;
import org.aftersales.quality.boundary.CorrectiveActions;
import org.aftersales.quality.boundary.RecordsViews.CapaFilter;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.quality.rest.RecordsDtos.Capa;
import org.aftersales.web.quality.rest.RecordsDtos.CapaBody;
import org.aftersales.web.quality.rest.RecordsDtos.CapaChangeBody;
import org.aftersales.web.quality.rest.RecordsDtos.CapaEventBody;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * Corrective and preventive actions (Q3): {@code /corrective-actions} — raised (PROPOSED), moved
 * along proposed → confirmed → in progress → verified → closed (an illegal step → 409, nothing
 * changes), closing with the evidence of effectiveness through an approval of kind CAPA_CLOSURE.
 */
@Path("corrective-actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class CorrectiveActionResource {

    @EJB
    private CorrectiveActions actions;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private UriInfo uri;

    /** Q3: 201 with Location {@code /corrective-actions/{id}}. */
    @POST
    public Response raise(@NotNull(message = "{validation.body}") CapaBody body) {
        Capa capa = Capa.of(actions.raise(body.input()), calendar.zone());
        return Response.created(uri.getBaseUriBuilder()
                        .path("corrective-actions")
                        .path(String.valueOf(capa.id()))
                        .build())
                .entity(capa)
                .build();
    }

    @GET
    public Page<Capa> list(
            @QueryParam("state") String state,
            @QueryParam("source") String source,
            @QueryParam("owner") String owner,
            @QueryParam("department") String department,
            @QueryParam("q") String text,
            @QueryParam("overdue") boolean overdue,
            @Valid @BeanParam PageParams page) {
        CapaFilter filter = new CapaFilter(
                EnumParser.one(CapaState.class, state, "state", null),
                EnumParser.one(CapaSource.class, source, "source", null),
                owner,
                department,
                text,
                overdue);
        return Page.of(actions.list(filter, page.first(), page.size()), a -> Capa.of(a, calendar.zone()));
    }

    @GET
    @Path("{id}")
    public Capa get(@PathParam("id") long id) {
        return Capa.of(actions.get(id), calendar.zone());
    }

    /** Q3: the next step; CLOSED carries the evidence and waits for its CAPA_CLOSURE approval. */
    @POST
    @Path("{id}/events")
    public Capa step(@PathParam("id") long id, @NotNull(message = "{validation.body}") CapaEventBody body) {
        return Capa.of(actions.step(id, body.input()), calendar.zone());
    }

    /** Q3: a new owner, department or deadline of an open item. */
    @PUT
    @Path("{id}")
    public Capa change(@PathParam("id") long id, @NotNull(message = "{validation.body}") CapaChangeBody body) {
        return Capa.of(actions.change(id, body.input()), calendar.zone());
    }
}
