package org.aftersales.web.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.quality.boundary.RecordsViews.DepartmentView;
import org.aftersales.quality.boundary.ResponsibleDepartments;
import org.aftersales.web.quality.rest.RecordsDtos.DepartmentBody;

/** The departments problems are routed to, with their members: {@code /responsible-departments}. */
@Path("responsible-departments")
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
public class ResponsibleDepartmentResource {

    @EJB
    private ResponsibleDepartments departments;

    @GET
    public List<DepartmentView> all() {
        return departments.all();
    }

    /** Creates or replaces the department of the code (QUALITY, ADMIN); the members are user names. */
    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.QUALITY, Roles.ADMIN})
    public DepartmentView save(
            @PathParam("code") String code, @NotNull(message = "{validation.body}") DepartmentBody body) {
        return departments.save(
                new DepartmentBody(code, body.name(), body.active(), body.members() == null ? Set.of() : body.members())
                        .input());
    }
}
