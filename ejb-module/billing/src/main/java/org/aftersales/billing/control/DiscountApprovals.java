package org.aftersales.billing.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.aftersales.approvals.boundary.ApprovalHandler;
import org.aftersales.approvals.boundary.ApprovalHandlers;
import org.aftersales.approvals.boundary.ApprovalViews.Ending;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.billing.Quote;
import org.aftersales.domain.shared.ConflictException;

/**
 * B4 on the approvals capability: a quote's discount above the setting (subject: the ticket number).
 * Approved → the quote is a draft the customer may accept; rejected or withdrawn → the discount goes
 * and the quote is a draft at its full total.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DiscountApprovals implements ApprovalHandler {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private ApprovalHandlers handlers;

    @Inject
    private BillingSearch search;

    @PostConstruct
    void register() {
        handlers.register(ApprovalKind.DISCOUNT, context.getBusinessObject(ApprovalHandler.class));
    }

    @Override
    public void ended(Ending ending) {
        Quote quote = search.lockedQuote(ending.subject())
                .orElseThrow(() -> new ConflictException("error.approvalUnknown", ending.subject()));
        if (ending.state() == ApprovalState.APPROVED) {
            quote.discountApproved(ending.decidedBy()); // B4: the charge names the approver
        } else {
            quote.discountRefused();
        }
        em.flush();
    }
}
