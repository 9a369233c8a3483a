package org.aftersales.web.parts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import org.aftersales.domain.parts.PartSource;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews;
import org.aftersales.web.parts.rest.PartDtos.NewPart;
import org.aftersales.web.parts.rest.PartDtos.Part;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.MoneyText;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/** P1: {@code /parts} as API.md says — the catalogue; WAREHOUSE, MANAGER, ADMIN write, technicians and dispatchers read. */
@Path("parts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER})
public class PartResource {

    @EJB
    private PartService parts;

    @POST
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Response create(@NotNull(message = "{validation.body}") NewPart body, @Context UriInfo uri) {
        PartViews.PartView created = parts.create(new PartViews.NewPart(
                body.partNumber(),
                body.name(),
                body.unit(),
                MoneyText.parse(body.price(), "price"),
                body.fittingModels(),
                body.supplier(),
                EnumParser.one(PartSource.class, body.source(), "source", PartSource.BOUGHT_IN)));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.partNumber()).build())
                .entity(Part.of(created))
                .build();
    }

    @GET
    @Path("{partNumber}")
    public Part get(@PathParam("partNumber") String partNumber) {
        return Part.of(parts.get(partNumber));
    }

    /** P1: search by part number, name, fitting model or supplier. */
    @GET
    public Page<Part> list(@BeanParam PageParams page, @QueryParam("query") String query) {
        return Page.of(parts.search(query, page.first(), page.size()), Part::of);
    }
}
