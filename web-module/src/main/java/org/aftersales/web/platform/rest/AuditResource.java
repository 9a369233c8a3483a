package org.aftersales.web.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.aftersales.platform.boundary.AuditTrail;
import org.aftersales.platform.boundary.AuditTrail.Line;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/** {@code GET /audit}: the audit log, newest first, or the history of one record ({@code ?entityType=&entityId=}). */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "QUALITY"})
public class AuditResource {

    @EJB
    private AuditTrail trail;

    @GET
    public Page<Line> list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @Valid @BeanParam PageParams page) {
        if (entityType != null && entityId != null) {
            var lines = trail.of(entityType, entityId);
            return new Page<>(lines, lines.size());
        }
        return Page.of(trail.latest(page.first(), page.size()), line -> line);
    }
}
