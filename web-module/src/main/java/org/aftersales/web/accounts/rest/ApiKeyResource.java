package org.aftersales.web.accounts.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.aftersales.accounts.boundary.ApiKeyService;
import org.aftersales.accounts.boundary.ApiKeyService.KeyView;
import org.aftersales.domain.accounts.Roles;

/** Partner API keys: ADMIN issues (the secret is in the answer once), lists and revokes them. */
@Path("api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiKeyResource {

    @EJB
    private ApiKeyService keys;

    public record NewKey(
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
            String name,

            @NotBlank(message = "{validation.required}") String principal) {}

    public record Key(
            long id,
            String name,
            String principal,
            String prefix,
            List<String> roles,
            Instant createdAt,
            Instant revokedAt,
            Instant lastUsedAt,
            String secret) {
        static Key of(KeyView k, String secret) {
            return new Key(
                    k.id(),
                    k.name(),
                    k.principal(),
                    k.prefix(),
                    k.roles().stream().map(Enum::name).toList(),
                    k.createdAt(),
                    k.revokedAt(),
                    k.lastUsedAt(),
                    secret);
        }
    }

    @POST
    public Response issue(@NotNull(message = "{validation.body}") @Valid NewKey body, @Context UriInfo uri) {
        ApiKeyService.IssuedKey issued = keys.issue(body.name(), body.principal());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(issued.key().id()))
                        .build())
                .entity(Key.of(issued.key(), issued.secret()))
                .build();
    }

    @GET
    public List<Key> list() {
        return keys.list().stream().map(k -> Key.of(k, null)).toList();
    }

    @DELETE
    @Path("{id}")
    public Key revoke(@PathParam("id") long id) {
        return Key.of(keys.revoke(id), null);
    }
}
