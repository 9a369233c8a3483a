package org.aftersales.web.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.reference.boundary.ReferenceLists.Entry;
import org.aftersales.reference.boundary.ReferenceLists.Kind;
import org.aftersales.web.platform.rest.ListEndpoints.Change;
import org.aftersales.web.platform.rest.ListEndpoints.NewEntry;
import org.aftersales.web.shared.rest.Page;

/**
 * {@code /regions} (issue 10.18): the regions (地区): dispatch matches technicians and tickets by them. Everyone signed in reads
 * the list ({@code ?active=true}: what new records may use); ADMIN adds an entry and renames, reorders
 * or deactivates one against its version — never deletes it.
 */
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {

    @EJB
    private org.aftersales.reference.boundary.ReferenceLists lists;

    @GET
    @RolesAllowed({
        Roles.AGENT,
        Roles.DISPATCHER,
        Roles.TECHNICIAN,
        Roles.WAREHOUSE,
        Roles.FINANCE,
        Roles.QUALITY,
        Roles.MANAGER,
        Roles.ADMIN,
        Roles.PARTNER
    })
    public Page<Entry> list(@QueryParam("active") boolean activeOnly) {
        return ListEndpoints.list(lists, Kind.REGION, activeOnly);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response add(@NotNull(message = "{validation.body}") NewEntry body) {
        return ListEndpoints.add(lists, Kind.REGION, body);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    public Entry change(@PathParam("code") String code, @NotNull(message = "{validation.body}") @Valid Change body) {
        return ListEndpoints.change(lists, Kind.REGION, code, body);
    }
}
