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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews;
import org.aftersales.web.parts.rest.PartDtos.ServicePoint;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/** P6: {@code /service-points} — the warehouses and their keepers (told of low stock). */
@Path("service-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER})
public class ServicePointResource {

    @EJB
    private PartService parts;

    @POST
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public Response create(
            @NotNull(message = "{validation.body}") PartViews.NewServicePoint body, @Context UriInfo uri) {
        PartViews.ServicePointView created = parts.createServicePoint(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(ServicePoint.of(created))
                .build();
    }

    @GET
    @Path("{code}")
    public ServicePoint get(@PathParam("code") String code) {
        return ServicePoint.of(parts.getServicePoint(code));
    }

    @GET
    public Page<ServicePoint> list(@BeanParam PageParams page) {
        return Page.of(parts.servicePoints(page.first(), page.size()), ServicePoint::of);
    }
}
