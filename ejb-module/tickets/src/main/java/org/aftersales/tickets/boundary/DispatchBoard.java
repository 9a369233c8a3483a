package org.aftersales.tickets.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.TicketViews.TechnicianLoad;
import org.aftersales.tickets.boundary.TicketViews.TicketSummary;
import org.aftersales.tickets.control.DispatchQueries;
import org.aftersales.tickets.control.TechnicianLoads;

/**
 * T4: what the dispatcher sees before assigning (技术服务联络单) — the open on-site tickets nobody has yet,
 * most urgent first, and the technicians of a region with their qualifications (M2) and today's
 * load. The assignment itself is {@link TicketService#record} with a DISPATCHED event, which checks
 * the qualifications.
 */
@Stateless
@RolesAllowed({Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
public class DispatchBoard {

    @EJB
    private UserService users;

    @Inject
    private DispatchQueries queries;

    @Inject
    private BusinessCalendar calendar;

    /**
     * The active technicians of {@code region} (every region when blank) with their open tickets and
     * those whose running deadline falls today in the configured time zone; least loaded first.
     */
    public List<TechnicianLoad> technicians(String region) {
        List<StaffMember> technicians = users.staffWith(Role.TECHNICIAN).stream()
                .filter(t -> TechnicianLoads.inRegion(t, region))
                .toList();
        Instant[] today = TechnicianLoads.day(calendar.today(), calendar.zone());
        return TechnicianLoads.of(
                technicians,
                queries.loads(technicians.stream().map(StaffMember::username).toList(), today[0], today[1]));
    }

    /**
     * Open tickets of a kind someone is sent out for, without a technician, by urgency: running
     * deadline first, a major fault first on a tie.
     */
    public PageResult<TicketSummary> unassigned(String region, FaultLevel faultLevel, int first, int size) {
        var page = queries.unassigned(region, faultLevel, Math.max(0, first), Math.max(1, Math.min(size, 500)));
        return new PageResult<>(page.items().stream().map(TicketSummary::of).toList(), page.total());
    }
}
