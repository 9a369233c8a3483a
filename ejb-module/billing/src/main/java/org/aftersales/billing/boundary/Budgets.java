package org.aftersales.billing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.billing.boundary.CostViews.BudgetInput;
import org.aftersales.billing.boundary.CostViews.BudgetView;
import org.aftersales.billing.control.BudgetWatch;
import org.aftersales.billing.control.CostSearch;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.Budget;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * B5: the after-sales budget of each project department per year — an amount or a share of the output
 * value it enters — with what its booked costs spent and what remains; its manager is warned at the
 * warning share (80 %) and at 100 %, each once ({@link BudgetWatch}).
 */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class Budgets {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private CostSearch search;

    @Inject
    private BudgetWatch watch;

    /** B5: sets the department's budget of the year; a share already reached warns now (once). */
    public BudgetView set(
            @NotBlank @Pattern(regexp = "[A-Z]{2,6}") String department,
            @Min(2000) @Max(2100) int year,
            @NotNull @Valid BudgetInput input) {
        Budget budget = search.lockedBudget(department, year).orElseGet(() -> {
            Budget fresh = new Budget(department, year);
            return fresh;
        });
        BigDecimal spent = search.spent(department, year);
        budget.set(
                input.amount(),
                input.outputValue(),
                input.percentOfOutput(),
                input.manager(),
                spent,
                watch.warningPercent(),
                Caller.of(context).name(),
                calendar.now());
        if (budget.getId() == null) {
            em.persist(budget);
        }
        em.flush();
        watch.check(budget);
        em.flush();
        return BudgetView.of(budget, spent);
    }

    public BudgetView get(String department, int year) {
        Budget budget = search.budget(department, year)
                .orElseThrow(() -> new UnknownEntityException("Budget", department + "/" + year));
        return BudgetView.of(budget, search.spent(department, year));
    }

    public List<BudgetView> ofYear(int year) {
        return search.budgets(year).stream()
                .map(b -> BudgetView.of(b, search.spent(b.getDepartment(), b.getYear())))
                .toList();
    }
}
