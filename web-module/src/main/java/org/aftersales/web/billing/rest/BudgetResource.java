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
import java.util.List;
import org.aftersales.billing.boundary.Budgets;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.billing.rest.CostDtos.Budget;
import org.aftersales.web.billing.rest.CostDtos.BudgetBody;

/**
 * B5: {@code /budgets/{department}?year=} — a project department's budget of a year (an amount or a
 * percentage of the output value it enters), what its costs spent and what remains.
 */
@Path("budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class BudgetResource {

    @EJB
    private Budgets budgets;

    @Inject
    private BusinessCalendar calendar;

    /** Every department's budget of the year (this year without {@code year}). */
    @GET
    public List<Budget> ofYear(@QueryParam("year") String year) {
        return budgets.ofYear(year(year)).stream().map(Budget::of).toList();
    }

    @GET
    @Path("{department}")
    public Budget get(@PathParam("department") String department, @QueryParam("year") String year) {
        return Budget.of(budgets.get(department, year(year)));
    }

    @PUT
    @Path("{department}")
    public Budget set(
            @PathParam("department") String department,
            @QueryParam("year") String year,
            @NotNull(message = "{validation.body}") BudgetBody body) {
        return Budget.of(budgets.set(department, year(year), body.input()));
    }

    private int year(String text) {
        if (text == null || text.isBlank()) {
            return calendar.today().getYear();
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException(FieldError.of("year", "validation.integer"));
        }
    }
}
