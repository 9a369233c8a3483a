package org.aftersales.web.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.aftersales.platform.boundary.HealthCheck;

/** {@code GET /health}: the database and the JMS broker; 200 when both are up, else 503. No login. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @EJB
    private HealthCheck health;

    public record Health(String status, Map<String, String> checks) {}

    @GET
    @PermitAll
    public Response health() {
        Map<String, String> checks = health.check();
        boolean up = checks.values().stream().allMatch("UP"::equals);
        return Response.status(up ? 200 : 503)
                .entity(new Health(up ? "UP" : "DOWN", checks))
                .build();
    }
}
