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
import org.aftersales.domain.billing.Charge;
import org.aftersales.domain.shared.ConflictException;

/**
 * W6, B4 on the approvals capability: a refund (subject {@code <charge number>/R<n>}) is paid out — a
 * negative line on the charge — in the transaction of the last approval; rejected or withdrawn, nothing
 * is paid and the amount may be asked for again.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RefundApprovals implements ApprovalHandler {

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
        handlers.register(ApprovalKind.REFUND, context.getBusinessObject(ApprovalHandler.class));
    }

    @Override
    public void ended(Ending ending) {
        String subject = ending.subject();
        int at = subject == null ? -1 : subject.lastIndexOf("/R");
        if (at <= 0) {
            throw new ConflictException("error.approvalUnknown", subject);
        }
        int refundNo;
        try {
            refundNo = Integer.parseInt(subject.substring(at + 2));
        } catch (NumberFormatException e) {
            throw new ConflictException("error.approvalUnknown", subject);
        }
        Charge charge = search.lockedCharge(subject.substring(0, at))
                .orElseThrow(() -> new ConflictException("error.approvalUnknown", subject));
        charge.refundDecided(
                refundNo, ending.state() == ApprovalState.APPROVED, ending.reason(), ending.decidedBy(), ending.at());
        em.flush();
    }
}
