package org.aftersales.web.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import org.aftersales.domain.account.Role;
import org.aftersales.web.accounts.rest.UserDtos.Me;

/** {@code GET /me}: who the caller is and which roles it holds; any signed-in caller. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @GET
    @RolesAllowed({"AGENT", "DISPATCHER", "TECHNICIAN", "WAREHOUSE", "FINANCE", "QUALITY", "MANAGER", "ADMIN", "PARTNER"})
    public Me me(@Context SecurityContext security) {
        return new Me(security.getUserPrincipal().getName(),
                Arrays.stream(Role.values()).map(Enum::name).filter(security::isUserInRole).toList());
    }
}
