package org.aftersales.web.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.DeadLetter;
import org.aftersales.platform.boundary.DeadMessages;
import org.aftersales.platform.boundary.DeadMessages.DeadMessage;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;

/**
 * {@code /dead-messages}: the messages no consumer could handle, oldest first, with their state
 * ({@code ?state=DEAD|RETRIED|DISCARDED}), attempts and last error; an administrator retries one
 * (sent once more, however often pressed) or discards it with a reason (issue 10.18, audited).
 */
@Path("dead-messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadMessageResource {

    @EJB
    private DeadMessages deadMessages;

    public record Discard(String reason) {}

    @GET
    public Page<DeadMessage> list(
            @QueryParam("max")
                    @DefaultValue("500")
                    @Min(value = 1, message = "{validation.size}")
                    @Max(value = 500, message = "{validation.size}")
                    int max,
            @QueryParam("state") String state) {
        List<DeadMessage> messages =
                deadMessages.list(EnumParser.one(DeadLetter.State.class, state, "state", null), max);
        return new Page<>(messages, messages.size());
    }

    @POST
    @Path("{id}/retry")
    public DeadMessage retry(@PathParam("id") long id) {
        return deadMessages.retry(id);
    }

    @POST
    @Path("{id}/discard")
    public DeadMessage discard(@PathParam("id") long id, Discard body) {
        return deadMessages.discard(id, body == null ? null : body.reason());
    }
}
