package org.aftersales.billing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.billing.boundary.CostViews.ClaimStepInput;
import org.aftersales.billing.boundary.CostViews.SupplierClaimView;
import org.aftersales.billing.control.CostSearch;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.SupplierClaim;
import org.aftersales.domain.billing.SupplierClaimState;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * B5 索赔单: the claims on suppliers for free repairs of bought-in models — opened when such a ticket's
 * cost is booked ({@code control.CostBooker}), listed per supplier and state, and walked OPEN → SENT →
 * ACCEPTED → PAID or → REFUSED by FINANCE (a step the claim's state does not allow → 409).
 */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class SupplierClaims {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private CostSearch search;

    public PageResult<SupplierClaimView> list(String supplier, SupplierClaimState state, int first, int size) {
        PageResult<SupplierClaim> page = search.claims(supplier, state, first, size);
        return new PageResult<>(page.items().stream().map(SupplierClaimView::of).toList(), page.total());
    }

    public SupplierClaimView get(String number) {
        return SupplierClaimView.of(
                search.claim(number).orElseThrow(() -> new UnknownEntityException("SupplierClaim", number)));
    }

    /** B5: the claim's next step (sent, accepted, paid, refused with the reason). */
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public SupplierClaimView move(String number, @NotNull @Valid ClaimStepInput input) {
        SupplierClaim claim =
                search.lockedClaim(number).orElseThrow(() -> new UnknownEntityException("SupplierClaim", number));
        claim.moveTo(input.state(), input.note(), Caller.of(context).name(), calendar.now());
        em.flush();
        return SupplierClaimView.of(claim);
    }
}
