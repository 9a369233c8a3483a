package org.aftersales.web.billing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.aftersales.billing.boundary.CostViews.ClaimStepInput;
import org.aftersales.billing.boundary.SupplierClaims;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.SupplierClaimState;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.web.billing.rest.CostDtos.StepBody;
import org.aftersales.web.billing.rest.CostDtos.SupplierClaim;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.Page;
import org.aftersales.web.shared.rest.PageParams;

/**
 * B5 索赔单: {@code /supplier-claims?supplier=&state=} — the claims on suppliers, one claim, and its next
 * step ({@code POST /supplier-claims/{number}/steps}; a step its state does not allow → 409).
 */
@Path("supplier-claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FINANCE, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class SupplierClaimResource {

    @EJB
    private SupplierClaims claims;

    @Inject
    private BusinessCalendar calendar;

    @GET
    public Page<SupplierClaim> list(
            @QueryParam("supplier") String supplier,
            @QueryParam("state") String state,
            @Valid @BeanParam PageParams page) {
        SupplierClaimState s = EnumParser.one(SupplierClaimState.class, state, "state", null);
        return Page.of(claims.list(supplier, s, page.first(), page.size()), c -> SupplierClaim.of(c, calendar.zone()));
    }

    @GET
    @Path("{number}")
    public SupplierClaim get(@PathParam("number") String number) {
        return SupplierClaim.of(claims.get(number), calendar.zone());
    }

    /** 200 with the claim after its step. */
    @POST
    @Path("{number}/steps")
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public SupplierClaim step(
            @PathParam("number") String number, @NotNull(message = "{validation.body}") StepBody body) {
        return SupplierClaim.of(
                claims.move(
                        number,
                        new ClaimStepInput(
                                EnumParser.one(SupplierClaimState.class, body.state(), "state", null), body.note())),
                calendar.zone());
    }
}
