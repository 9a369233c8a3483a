package org.aftersales.quality.control;

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
import org.aftersales.domain.quality.Complaint;
import org.aftersales.domain.shared.ConflictException;

/**
 * Q2 on the approvals capability: the reply to a complaint (subject: the complaint's number) is
 * REPLIED once its COMPLAINT_REPLY request is approved — in the transaction of the last decision;
 * rejected or withdrawn, the complaint is SOLVED again with the reason and the reply may be recorded
 * anew.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ComplaintReplyApprovals implements ApprovalHandler {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private ApprovalHandlers handlers;

    @Inject
    private QualitySearch search;

    @PostConstruct
    void register() {
        handlers.register(ApprovalKind.COMPLAINT_REPLY, context.getBusinessObject(ApprovalHandler.class));
    }

    @Override
    public void ended(Ending ending) {
        Complaint complaint = search.lockedComplaint(ending.subject())
                .orElseThrow(() -> new ConflictException("error.approvalUnknown", ending.subject()));
        complaint.replyDecided(
                ending.state() == ApprovalState.APPROVED, ending.reason(), ending.decidedBy(), ending.at());
        em.flush();
    }
}
