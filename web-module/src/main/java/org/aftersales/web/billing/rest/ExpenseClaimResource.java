package org.aftersales.web.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.ZoneId;
import org.aftersales.billing.boundary.ExpenseClaimQueries;
import org.aftersales.billing.boundary.ExpenseClaims;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.ExpenseClaimState;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.billing.rest.ExpenseDtos.Claim;
import org.aftersales.web.billing.rest.ExpenseDtos.ClaimBody;
import org.aftersales.web.billing.rest.ExpenseDtos.PaymentBody;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * B6 {@code /expense-claims}: a handler files a claim (201, PENDING on its chain); FINANCE pays an
 * approved one.
 */
@Path("expense-claims")
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
public class ExpenseClaimResource {

    @EJB
    private ExpenseClaims claims;

    @EJB
    private ExpenseClaimQueries queries;

    @Inject
    private BusinessCalendar calendar;

    @Context
    private UriInfo uri;

    @POST
    public Response file(@NotNull(message = "{validation.body}") ClaimBody body) {
        Claim claim = Claim.of(claims.file(body.input()), calendar.zone());
        return Response.created(uri.getBaseUriBuilder()
                        .path("expense-claims")
                        .path(claim.number())
                        .build())
                .entity(claim)
                .build();
    }

    /**
     * {@code ?mine=true}: the caller's own claims; else (FINANCE, MANAGER) {@code department}, {@code
     * state} (APPROVED: the pay list) and {@code month}.
     */
    @GET
    public Page<Claim> list(
            @BeanParam PageParams page,
            @QueryParam("mine") Boolean mine,
            @QueryParam("department") String department,
            @QueryParam("state") String state,
            @QueryParam("month") String month) {
        ZoneId zone = calendar.zone();
        ExpenseClaimState s = EnumParser.one(ExpenseClaimState.class, state, "state", null);
        if (Boolean.TRUE.equals(mine)) {
            return Page.of(claims.mine(s, page.first(), page.size()), c -> Claim.of(c, zone));
        }
        YearMonth m = month == null || month.isBlank() ? null : ExpenseDtos.month(month, null);
        return Page.of(claims.list(department, s, m, page.first(), page.size()), c -> Claim.of(c, zone));
    }

    @GET
    @Path("{number}")
    public Claim get(@PathParam("number") String number) {
        return Claim.of(claims.get(number), calendar.zone());
    }

    /**
     * B6: the handler corrects a rejected (or withdrawn) claim and sends it through its chain again —
     * the same number; 200 with the claim, PENDING again. Not the handler → 403; other states → 409.
     */
    @POST
    @Path("{number}/resubmission")
    public Claim resubmit(@PathParam("number") String number, @NotNull(message = "{validation.body}") ClaimBody body) {
        return Claim.of(claims.resubmit(number, body.input()), calendar.zone());
    }

    /** B6: FINANCE pays an approved claim → PAID; not approved (or paid already) → 409. */
    @POST
    @Path("{number}/payment")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Claim pay(@PathParam("number") String number, @NotNull(message = "{validation.body}") PaymentBody body) {
        return Claim.of(claims.pay(number, body.input()), calendar.zone());
    }

    /** B5, B6: what approved (and paid) claims add to the ticket's costs, by category. */
    @GET
    @Path("by-ticket/{ticketNumber}")
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public ExpenseDtos.TicketExpenses byTicket(@PathParam("ticketNumber") String ticketNumber) {
        return ExpenseDtos.TicketExpenses.of(queries.approvedByTicket(ticketNumber));
    }
}
