package org.aftersales.web.tickets.maintenance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.tickets.maintenance.WorkType;
import org.aftersales.tickets.maintenance.boundary.MaintenancePlanService;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.tickets.maintenance.rest.MaintenanceDtos.CarePlan;
import org.aftersales.web.tickets.maintenance.rest.MaintenanceDtos.NewCarePlan;

/**
 * M3: {@code /care-plans} — the cleaning and maintenance cycle and advice per product type; a plan
 * is made from one with {@code POST /maintenance-plans {"serialNumber", "carePlanId"}}.
 */
@Path("care-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class CarePlanResource {

    @EJB
    private MaintenancePlanService plans;

    @GET
    public List<CarePlan> list() {
        return plans.carePlans().stream().map(CarePlan::of).toList();
    }

    @POST
    @RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
    public Response create(@NotNull(message = "{validation.body}") @Valid NewCarePlan body, @Context UriInfo uri) {
        MaintenanceViews.CarePlanView created = plans.createCarePlan(new MaintenanceViews.CarePlanInput(
                body.productType(),
                body.name(),
                MaintenanceDtos.level(body.level()),
                body.cycleMonths(),
                EnumParser.parse(WorkType.class, body.workTypes(), "workTypes"),
                body.advice()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(CarePlan.of(created))
                .build();
    }
}
