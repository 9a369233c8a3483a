package org.aftersales.web.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalDetail;
import org.aftersales.approvals.boundary.ApprovalViews.StepView;
import org.aftersales.billing.boundary.ExpenseClaims;
import org.aftersales.billing.boundary.ExpenseViews.ClaimView;
import org.aftersales.domain.shared.UnknownEntityException;
import org.omnifaces.cdi.Param;

/** B6: one expense claim with its lines and its approval trail (?number=). */
@Named
@ViewScoped
public class ExpenseClaimPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ExpenseClaims claims;

    @Inject
    @Param(name = "number")
    private String number;

    @Inject
    private org.aftersales.web.shared.view.CurrentUser currentUser;

    private ClaimView claim;
    private ApprovalDetail trail;
    private List<org.aftersales.approvals.boundary.ApprovalViews.ApprovalSummary> earlierRounds = List.of();

    @PostConstruct
    void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            claim = claims.get(number.strip());
            trail = claims.trail(number.strip()).orElse(null);
            List<org.aftersales.approvals.boundary.ApprovalViews.ApprovalSummary> all = claims.history(number.strip());
            earlierRounds = all.isEmpty() ? List.of() : all.subList(0, all.size() - 1);
        } catch (UnknownEntityException e) {
            claim = null;
        }
    }

    public ClaimView getClaim() {
        return claim;
    }

    public List<StepView> getSteps() {
        return trail == null ? List.of() : trail.steps();
    }

    /** B6: the rounds before the current one (a claim corrected and resubmitted after a rejection). */
    public List<org.aftersales.approvals.boundary.ApprovalViews.ApprovalSummary> getEarlierRounds() {
        return earlierRounds;
    }

    /** B6: its handler may correct and resubmit it once it was rejected or withdrawn. */
    public boolean isMayCorrect() {
        return claim != null
                && claim.handler().equals(currentUser.getUsername())
                && (claim.state() == org.aftersales.domain.billing.ExpenseClaimState.REJECTED
                        || claim.state() == org.aftersales.domain.billing.ExpenseClaimState.WITHDRAWN);
    }

    public Long getApprovalId() {
        return trail == null ? null : trail.request().id();
    }
}
