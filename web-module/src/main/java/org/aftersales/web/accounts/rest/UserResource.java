package org.aftersales.web.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.aftersales.accounts.boundary.AccountChange;
import org.aftersales.accounts.boundary.NewAccount;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.accounts.rest.UserDtos.NewPassword;
import org.aftersales.web.accounts.rest.UserDtos.NewUser;
import org.aftersales.web.accounts.rest.UserDtos.User;
import org.aftersales.web.accounts.rest.UserDtos.UserChange;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;
import org.aftersales.web.shared.security.CredentialCache;

/** Staff accounts: ADMIN only. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @EJB
    private UserService users;

    @jakarta.inject.Inject
    private CredentialCache cache;

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@NotNull(message = "{validation.body}") @Valid NewUser body, @Context UriInfo uri) {
        User created = User.of(users.create(new NewAccount(
                body.username(),
                body.displayName(),
                body.password().toCharArray(),
                EnumParser.parse(Role.class, body.roles(), "roles"),
                body.region(),
                EnumParser.parse(Qualification.class, body.qualifications(), "qualifications"),
                body.email(),
                body.phone(),
                body.passwordIsTemporary())));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Page<User> list(@Valid @BeanParam PageParams page) {
        return Page.of(users.list(page.first(), page.size()), User::of);
    }

    @GET
    @Path("{username}")
    @RolesAllowed(Roles.ADMIN)
    public User get(@PathParam("username") String username) {
        return users.find(username)
                .map(User::of)
                .orElseThrow(() -> new UnknownEntityException("UserAccount", username));
    }

    @PUT
    @Path("{username}")
    @RolesAllowed(Roles.ADMIN)
    public User update(
            @PathParam("username") String username, @NotNull(message = "{validation.body}") @Valid UserChange body) {
        return User.of(users.update(new AccountChange(
                username,
                body.version(),
                body.displayName(),
                EnumParser.parse(Role.class, body.roles(), "roles"),
                body.region(),
                EnumParser.parse(Qualification.class, body.qualifications(), "qualifications"),
                body.email(),
                body.phone())));
    }

    @POST
    @Path("{username}/password")
    @RolesAllowed(Roles.ADMIN)
    public User resetPassword(
            @PathParam("username") String username, @NotNull(message = "{validation.body}") @Valid NewPassword body) {
        User user = User.of(users.resetPassword(username, body.password().toCharArray(), body.passwordIsTemporary()));
        cache.forget(username);
        return user;
    }

    @POST
    @Path("{username}/lock")
    @RolesAllowed(Roles.ADMIN)
    public User lock(@PathParam("username") String username) {
        User user = User.of(users.lock(username));
        cache.forget(username);
        return user;
    }

    @POST
    @Path("{username}/unlock")
    @RolesAllowed(Roles.ADMIN)
    public User unlock(@PathParam("username") String username) {
        return User.of(users.unlock(username));
    }
}
