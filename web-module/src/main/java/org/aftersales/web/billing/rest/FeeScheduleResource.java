package org.aftersales.web.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.aftersales.billing.boundary.FeeSchedules;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.billing.rest.BillingDtos.FeeSchedule;
import org.aftersales.web.billing.rest.BillingDtos.FeeScheduleBody;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/** B1 收费标准: {@code /fee-schedules} — versions, the one in force, a new version for approval (FINANCE). */
@Path("fee-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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
public class FeeScheduleResource {

    @EJB
    private FeeSchedules schedules;

    @Inject
    private BusinessCalendar calendar;

    /** Every version, newest first; {@code inForce} marks the one quotes use today. */
    @GET
    public Page<FeeSchedule> list(@BeanParam PageParams page) {
        return Page.of(schedules.list(page.first(), page.size()), f -> FeeSchedule.of(f, calendar.zone()));
    }

    @GET
    @Path("{version}")
    public FeeSchedule get(@PathParam("version") String version) {
        return FeeSchedule.of(schedules.get(version(version)), calendar.zone());
    }

    /** B1: a new version, or the revision of one not yet approved; it takes effect once approved (FEE_SCHEDULE). */
    @PUT
    @Path("{version}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public FeeSchedule put(
            @PathParam("version") String version, @NotNull(message = "{validation.body}") FeeScheduleBody body) {
        return FeeSchedule.of(schedules.put(version(version), body.input()), calendar.zone());
    }

    private static int version(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UnknownEntityException("FeeSchedule", text);
        }
    }
}
