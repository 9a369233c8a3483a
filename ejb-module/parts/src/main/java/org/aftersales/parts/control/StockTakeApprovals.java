package org.aftersales.parts.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.aftersales.approvals.boundary.ApprovalHandler;
import org.aftersales.approvals.boundary.ApprovalHandlers;
import org.aftersales.approvals.boundary.ApprovalViews.Ending;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.parts.StockTake;
import org.aftersales.domain.parts.StockTakeStatus;
import org.aftersales.domain.shared.ConflictException;

/**
 * P6 on the approvals capability: the stock-take's four eyes are the chain of kind
 * STOCK_ADJUSTMENT (by default one manager other than the submitter). Approved → the adjustments are
 * posted in the same transaction as the last decision; rejected or withdrawn → back to counting with
 * the reason.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StockTakeApprovals implements ApprovalHandler {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private ApprovalHandlers handlers;

    @EJB
    private StockTakePosting posting;

    @PostConstruct
    void register() {
        handlers.register(ApprovalKind.STOCK_ADJUSTMENT, context.getBusinessObject(ApprovalHandler.class));
    }

    @Override
    public void ended(Ending ending) {
        StockTake take = em.createNamedQuery("StockTake.byNumber", StockTake.class)
                .setParameter("number", ending.subject())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ConflictException("error.approvalUnknown", ending.subject()));
        if (take.getStatus() != StockTakeStatus.SUBMITTED) {
            throw new ConflictException(
                    "error.stockTakeStatus", take.getNumber(), take.getStatus().name());
        }
        if (ending.state() == ApprovalState.APPROVED) {
            posting.post(take, ending.decidedBy(), ending.at());
        } else {
            take.reject(ending.reason() == null ? "" : ending.reason(), ending.decidedBy(), ending.at());
            em.flush();
        }
    }
}
