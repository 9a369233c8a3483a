package org.aftersales.web.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.web.accounts.rest.UserDtos.Me;
import org.aftersales.web.accounts.rest.UserDtos.OwnPassword;
import org.aftersales.web.shared.security.CredentialCache;

/** {@code /me}: who the caller is and which roles it holds, and their own password; any signed-in caller. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @EJB
    private UserService users;

    @Inject
    private CredentialCache cache;

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
    public Me me(@Context SecurityContext security) {
        return new Me(
                security.getUserPrincipal().getName(),
                Arrays.stream(Role.values())
                        .map(Enum::name)
                        .filter(security::isUserInRole)
                        .toList());
    }

    /**
     * Issue 10.5: the caller changes their own password — the only call an account whose password an
     * administrator set may make. 204; a wrong current password is 422 on {@code currentPassword}
     * (and counts as a failed login); a refused new one 422 on {@code newPassword}, saying why.
     */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
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
    public Response changePassword(
            @NotNull(message = "{validation.body}") @Valid OwnPassword body, @Context SecurityContext security) {
        String username = security.getUserPrincipal().getName();
        if (users.changeOwnPassword(
                        body.currentPassword().toCharArray(), body.newPassword().toCharArray())
                .isEmpty()) {
            throw new RuleViolationException(FieldError.of("currentPassword", "validation.currentPasswordWrong"));
        }
        cache.forget(username);
        return Response.noContent().build();
    }
}
