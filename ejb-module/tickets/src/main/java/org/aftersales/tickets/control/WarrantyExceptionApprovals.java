package org.aftersales.tickets.control;

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
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.tickets.SiteExclusion;

/**
 * W4 on the approvals capability: a goodwill exception for an exclusion found on site (subject
 * {@code <ticket>/E<id>}). Approved → the exclusion is waived and the ticket's payer is re-assessed
 * (back to what it was before the visit) in the transaction of the last approval; rejected or
 * withdrawn → the exclusion stands.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WarrantyExceptionApprovals implements ApprovalHandler {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private ApprovalHandlers handlers;

    @Inject
    private SiteExclusionRecords records;

    @Inject
    private TicketReader tickets;

    @PostConstruct
    void register() {
        handlers.register(ApprovalKind.WARRANTY_EXCEPTION, context.getBusinessObject(ApprovalHandler.class));
    }

    @Override
    public void ended(Ending ending) {
        SiteExclusion exclusion = records.bySubject(ending.subject())
                .orElseThrow(() -> new ConflictException("error.approvalUnknown", ending.subject()));
        boolean granted = ending.state() == ApprovalState.APPROVED;
        exclusion.goodwillDecided(granted, ending.decidedBy(), ending.at());
        em.flush();
        if (granted) {
            records.reassess(tickets.locked(exclusion.getTicketNumber()));
        }
    }
}
