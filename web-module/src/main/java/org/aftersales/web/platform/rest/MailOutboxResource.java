package org.aftersales.web.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.mail.MailStatus;
import org.aftersales.mail.boundary.MailOutbox;
import org.aftersales.mail.boundary.MailOutbox.MailView;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * {@code /mail-outbox}: the e-mails the application sent, is trying to send, or gave up on
 * ({@code ?status=FAILED}); an administrator retries one now or discards it with a reason.
 */
@Path("mail-outbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class MailOutboxResource {

    @EJB
    private MailOutbox outbox;

    public record Discard(String reason) {}

    @GET
    public Page<MailView> list(@QueryParam("status") String status, @Valid @BeanParam PageParams page) {
        MailStatus filter = EnumParser.one(MailStatus.class, status, "status", null);
        return Page.of(outbox.list(filter, page.first(), page.size()), m -> m);
    }

    @POST
    @Path("{id}/retry")
    public MailView retry(@PathParam("id") long id) {
        return outbox.retryNow(id);
    }

    @POST
    @Path("{id}/discard")
    public MailView discard(@PathParam("id") long id, Discard body) {
        return outbox.discard(id, body == null ? null : body.reason());
    }
}
