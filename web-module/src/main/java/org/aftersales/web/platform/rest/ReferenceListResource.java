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
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.reference.boundary.ReferenceLists;
import org.aftersales.reference.boundary.ReferenceLists.Entry;
import org.aftersales.reference.boundary.ReferenceLists.Kind;
import org.aftersales.web.shared.rest.Page;

/**
 * What the resources of the lists kept as data share (issue 10.18; {@link RegionResource}, {@link
 * ProductCategoryResource}): everyone signed in reads the list ({@code ?active=true}: what new records
 * may use); ADMIN adds an entry and renames, reorders or deactivates one against its version — never
 * deletes it. A subclass names its path and its {@link Kind}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class ReferenceListResource {

    public record NewEntry(String code, String name, Integer sortOrder) {}

    public record Change(
            @NotNull(message = "{validation.required}") Long version, String name, Integer sortOrder, Boolean active) {}

    @EJB
    private ReferenceLists lists;

    /** The list this resource serves. */
    protected abstract Kind kind();

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
        List<Entry> entries = lists.list(kind(), activeOnly);
        return new Page<>(entries, entries.size());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response add(@NotNull(message = "{validation.body}") NewEntry body) {
        Entry added = lists.add(kind(), body.code(), body.name(), body.sortOrder() == null ? 0 : body.sortOrder());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    /** Fields left out keep their value. */
    @PUT
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    public Entry change(@PathParam("code") String code, @NotNull(message = "{validation.body}") @Valid Change body) {
        Entry current = lists.list(kind(), false).stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .orElse(null);
        return lists.change(
                kind(),
                code,
                body.version(),
                body.name() != null ? body.name() : current == null ? null : current.name(),
                body.sortOrder() != null ? body.sortOrder() : current == null ? 0 : current.sortOrder(),
                body.active() != null ? body.active() : current == null || current.active());
    }
}
