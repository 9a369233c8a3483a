package org.aftersales.web.tickets.maintenance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.web.tickets.maintenance.rest.MaintenanceDtos.NewReading;
import org.aftersales.web.tickets.maintenance.rest.MaintenanceDtos.Reading;

/**
 * C3, M1: {@code /products/{serialNumber}/readings} — the operating-hours counter of a product,
 * read by a technician or sent by the customer's equipment; readings only go up, and a reading can
 * make a plan by hours due.
 */
@Path("products/{serialNumber}/readings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
public class OperatingHoursResource {

    @EJB
    private ProductService products;

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
    public List<Reading> list(@PathParam("serialNumber") String serialNumber) {
        existing(serialNumber);
        return products.readings(serialNumber).stream()
                .map(r -> new Reading(r.readOn(), r.hours(), r.recordedBy()))
                .toList();
    }

    /** Date defaults to today; fewer hours than the last reading → 422. */
    @POST
    public Response record(
            @PathParam("serialNumber") String serialNumber,
            @NotNull(message = "{validation.body}") @Valid NewReading body) {
        existing(serialNumber);
        products.readHours(serialNumber, body.readOn(), body.hours());
        return Response.status(Response.Status.CREATED)
                .entity(products.readings(serialNumber).stream()
                        .filter(r -> r.hours() == body.hours())
                        .findFirst()
                        .map(r -> new Reading(r.readOn(), r.hours(), r.recordedBy()))
                        .orElse(null))
                .build();
    }

    private void existing(String serialNumber) {
        if (products.find(serialNumber).isEmpty()) {
            throw new UnknownEntityException("Product", serialNumber);
        }
    }
}
