package org.aftersales.web.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import org.aftersales.billing.boundary.ExpenseClaims;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.billing.rest.ExpenseDtos.QuotaBody;
import org.aftersales.web.billing.rest.ExpenseDtos.Register;
import org.aftersales.web.billing.rest.ExpenseDtos.RegisterRow;

/** B7 费用登记 / 定额: {@code /expense-register} and {@code /expense-quotas} — each department's month against its quota. */
@Path("expense-register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class ExpenseRegisterResource {

    @EJB
    private ExpenseClaims claims;

    @Inject
    private BusinessCalendar calendar;

    /** B7: {@code ?month=2026-12} (default: this month). */
    @GET
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public Register register(@QueryParam("month") String month) {
        YearMonth m = ExpenseDtos.month(month, YearMonth.from(calendar.today()));
        return new Register(
                m.toString(), claims.register(m).stream().map(RegisterRow::of).toList());
    }

    /** B7: a department's quota of a month. */
    @PUT
    @Path("quotas/{department}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public RegisterRow quota(
            @PathParam("department") String department,
            @QueryParam("month") String month,
            @NotNull(message = "{validation.body}") QuotaBody body) {
        YearMonth m = ExpenseDtos.month(month, YearMonth.from(calendar.today()));
        return RegisterRow.of(claims.setQuota(department, m, ExpenseDtos.amount(body)));
    }
}
