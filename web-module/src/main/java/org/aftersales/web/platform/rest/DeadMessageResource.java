package org.aftersales.web.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aftersales.platform.boundary.DeadMessages;
import org.aftersales.platform.boundary.DeadMessages.DeadMessage;
import org.aftersales.web.shared.rest.Page;

/** {@code GET /dead-messages}: the messages no consumer could handle, oldest first (browsed, never consumed). */
@Path("dead-messages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class DeadMessageResource {

    @EJB
    private DeadMessages deadMessages;

    @GET
    public Page<DeadMessage> list(@QueryParam("max") @DefaultValue("500") @Min(value = 1, message = "{validation.size}")
            @Max(value = 500, message = "{validation.size}") int max) {
        List<DeadMessage> messages = deadMessages.list(max);
        return new Page<>(messages, messages.size());
    }
}
