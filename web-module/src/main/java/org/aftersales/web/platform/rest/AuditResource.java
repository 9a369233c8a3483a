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
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.AuditEntry;
import org.aftersales.platform.boundary.AuditTrail;
import org.aftersales.platform.boundary.AuditTrail.AuditQuery;
import org.aftersales.platform.boundary.AuditTrail.Line;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;
import org.aftersales.web.shared.rest.QueryDates;

/**
 * {@code GET /audit}: the audit log, newest first, filtered by {@code from}/{@code to} (dates in the
 * configured time zone), {@code actor}, {@code action}, {@code entityType} and the beginning of
 * {@code entityId}; or, with both {@code entityType} and {@code entityId}, the whole history of one record.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.QUALITY})
public class AuditResource {

    @EJB
    private AuditTrail trail;

    @GET
    public Page<Line> list(
            @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @Valid @BeanParam PageParams page) {
        if (entityType != null && entityId != null) {
            var lines = trail.of(entityType, entityId);
            return new Page<>(lines, lines.size());
        }
        AuditQuery query = new AuditQuery(
                QueryDates.optional(from, "from"),
                QueryDates.optional(to, "to"),
                actor,
                EnumParser.one(AuditEntry.Action.class, action, "action", null),
                entityType,
                entityId);
        return Page.of(trail.search(query, page.first(), page.size()), line -> line);
    }
}
