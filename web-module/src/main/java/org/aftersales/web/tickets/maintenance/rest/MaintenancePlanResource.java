package org.aftersales.web.tickets.maintenance.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.tickets.maintenance.MaintenanceLevel;
import org.aftersales.tickets.maintenance.boundary.MaintenancePlanService;
import org.aftersales.tickets.maintenance.boundary.MaintenanceScheduler;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanQuery;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.RunReport;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;
import org.aftersales.web.shared.rest.QueryDates;
import org.aftersales.web.tickets.maintenance.rest.MaintenanceDtos.DueItem;
import org.aftersales.web.tickets.maintenance.rest.MaintenanceDtos.NewPlan;
import org.aftersales.web.tickets.maintenance.rest.MaintenanceDtos.Plan;
import org.aftersales.web.tickets.maintenance.rest.MaintenanceDtos.PlanChange;
import org.aftersales.web.tickets.maintenance.rest.MaintenanceDtos.Run;

/**
 * M1–M3: {@code /maintenance-plans} — preventive maintenance plans of installed products, the
 * preview of the tickets a day's run would create, and the run itself (ADMIN, MANAGER).
 */
@Path("maintenance-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class MaintenancePlanResource {

    /** How long {@code run} waits for the scheduler's report before answering 202. */
    private static final Duration RUN_WAIT = Duration.ofSeconds(50);

    @EJB
    private MaintenancePlanService plans;

    @EJB
    private MaintenanceScheduler scheduler;

    /** Filters: serialNumber, customerId, level, active, dueBy (a date: "due this week" is dueBy = today + 7). */
    @GET
    public Page<Plan> list(
            @QueryParam("serialNumber") String serialNumber,
            @QueryParam("customerId") Long customerId,
            @QueryParam("level") String level,
            @QueryParam("active") Boolean active,
            @QueryParam("dueBy") String dueBy,
            @Valid @BeanParam PageParams page) {
        PlanQuery query = new PlanQuery(
                serialNumber,
                customerId,
                EnumParser.one(MaintenanceLevel.class, level, "level", null),
                active,
                QueryDates.optional(dueBy, "dueBy"));
        return Page.of(plans.find(query, page.first(), page.size()), Plan::of);
    }

    @POST
    @RolesAllowed({Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public Response create(@NotNull(message = "{validation.body}") @Valid NewPlan body, @Context UriInfo uri) {
        MaintenanceViews.PlanView created = plans.create(new MaintenanceViews.PlanInput(
                body.serialNumber(),
                MaintenanceDtos.level(body.level()),
                body.intervalMonths(),
                body.intervalHours(),
                body.startDate(),
                body.startHours(),
                body.lastDoneDate(),
                body.lastDoneHours(),
                body.active(),
                MaintenanceDtos.items(body.items()),
                body.notes(),
                body.carePlanId()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(Plan.of(created))
                .build();
    }

    @GET
    @Path("{id}")
    public Plan get(@PathParam("id") long id) {
        return Plan.of(plans.get(id));
    }

    /** The whole plan against its version (stale → 409); a new lastDoneDate records the work and starts the next cycle. */
    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public Plan update(@PathParam("id") long id, @NotNull(message = "{validation.body}") @Valid PlanChange body) {
        return Plan.of(plans.update(new MaintenanceViews.PlanChange(
                id,
                body.version(),
                MaintenanceDtos.level(body.level()),
                body.intervalMonths(),
                body.intervalHours(),
                body.startDate(),
                body.startHours(),
                body.lastDoneDate(),
                body.lastDoneHours(),
                body.active(),
                MaintenanceDtos.items(body.items()),
                body.notes())));
    }

    /** M1: the tickets a run on {@code date} (default today) would create. */
    @GET
    @Path("due")
    public List<DueItem> due(@QueryParam("date") String date) {
        LocalDate day = date == null || date.isBlank() ? plans.today() : QueryDates.optional(date, "date");
        return plans.due(day).stream().map(DueItem::of).toList();
    }

    /**
     * M1: runs the scheduler for {@code date} (default today) through its timer, as the hourly run
     * does: 200 with the report, or 202 when it takes longer than the wait (it goes on; a repeat
     * creates nothing twice).
     */
    @POST
    @Path("run")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response run(@QueryParam("date") String date) {
        LocalDate day = date == null || date.isBlank() ? plans.today() : QueryDates.optional(date, "date");
        RunReport report = scheduler.runNow(day, RUN_WAIT);
        return Response.status(report.finished() ? 200 : 202)
                .entity(Run.of(report))
                .build();
    }
}
