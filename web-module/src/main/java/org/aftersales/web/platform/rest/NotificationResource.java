package org.aftersales.web.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.notifications.boundary.NotificationService;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.rest.ApiLocale;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/** {@code GET /notifications}: the caller's own in-app notifications, newest first. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @EJB
    private NotificationService notifications;

    public record Item(
            long id, String messageKey, List<String> args, String message, Instant createdAt, boolean read) {}

    @GET
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
    public Page<Item> mine(@Valid @BeanParam PageParams page, @Context HttpHeaders headers) {
        Locale locale = ApiLocale.of(headers);
        return Page.of(
                notifications.mine(page.first(), page.size()),
                n -> new Item(
                        n.id(),
                        n.messageKey(),
                        n.args(),
                        Messages.get(locale, n.messageKey(), n.args()),
                        n.createdAt(),
                        n.read()));
    }
}
