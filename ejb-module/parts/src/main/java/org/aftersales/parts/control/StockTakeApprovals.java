package org.aftersales.parts.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.aftersales.approvals.boundary.ApprovalHandler;
import org.aftersales.approvals.boundary.ApprovalHandlers;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalDetail;
import org.aftersales.approvals.boundary.ApprovalViews.DecisionInput;
import org.aftersales.approvals.boundary.ApprovalViews.Ending;
import org.aftersales.approvals.boundary.ApprovalViews.Submission;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.approvals.Verdict;
import org.aftersales.domain.parts.StockTake;
import org.aftersales.domain.parts.StockTakeStatus;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.NotPermittedException;

/**
 * P6 on the approvals capability: the stock-take's four eyes are the chain of kind
 * STOCK_ADJUSTMENT (by default one manager other than the submitter). A submitted stock-take asks for
 * its approval here; its own approve/reject endpoints decide it here. As the kind's handler: approved
 * → the adjustments are posted in the same transaction as the last decision; rejected or withdrawn →
 * back to counting with the reason.
 */
@Singleton
@Startup
@LocalBean // the stock-take boundary uses it directly; the approvals call it as ApprovalHandler
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

    @EJB
    private Approvals approvals;

    @EJB
    private Warehouse warehouse;

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

    /**
     * The submitted stock-take goes for approval in the submitter's name: its number as the subject,
     * the value of its differences at list price as the amount (a step may apply from an amount up).
     */
    public void request(StockTake take) {
        StockTakePosting.Adjustments adjustments = posting.adjustments(take);
        approvals.submit(new Submission(
                ApprovalKind.STOCK_ADJUSTMENT,
                warehouse.department(),
                take.getNumber(),
                "盘点 " + take.getServicePoint() + "：" + adjustments.lines() + " 项差异",
                adjustments.value()));
    }

    /**
     * A decision on the stock-take's pending approval, taken from the stock-take's own endpoints; the
     * submitter deciding is the four-eyes conflict (409) those endpoints always answered.
     */
    public void decide(StockTake take, Verdict verdict, String reason) {
        if (take.getStatus() != StockTakeStatus.SUBMITTED) {
            throw new ConflictException(
                    "error.stockTakeStatus", take.getNumber(), take.getStatus().name());
        }
        long request = approval(take)
                .orElseThrow(() -> new ConflictException("error.stockTakeNoApproval", take.getNumber()))
                .request()
                .id();
        try {
            approvals.decide(request, new DecisionInput(verdict, reason, null));
        } catch (NotPermittedException e) {
            if ("error.approvalOwnRequest".equals(e.messageKey())) {
                throw new ConflictException("error.stockTakeSameApprover", take.getNumber());
            }
            throw e;
        }
    }

    /** Whether the stock-take has an approval waiting (one submitted before approvals existed has none). */
    public boolean pending(StockTake take) {
        return approval(take).isPresent();
    }

    private Optional<ApprovalDetail> approval(StockTake take) {
        return approvals
                .ofSubject(ApprovalKind.STOCK_ADJUSTMENT, take.getNumber())
                .filter(d -> d.request().state() == ApprovalState.PENDING);
    }
}
