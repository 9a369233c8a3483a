package org.aftersales.web.shared.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.aftersales.domain.accounts.Roles;

/**
 * {@code GET /openapi}: the API's OpenAPI document, for any signed-in caller (issue 10.9: the map of
 * the API is not handed to anyone on the network; the health check stays open). It is written by
 * hand beside the code, kept in agreement with ../shared/API.md, and checked against the resources by
 * a test.
 */
@Path("openapi")
public class OpenApiResource {

    private static final byte[] DOCUMENT = load();

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
    @Produces({"application/yaml", "text/yaml", "text/plain"})
    public Response document() {
        return Response.ok(DOCUMENT).type("application/yaml;charset=UTF-8").build();
    }

    private static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the web module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
