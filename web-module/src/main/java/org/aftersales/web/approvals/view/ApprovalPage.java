package org.aftersales.web.approvals.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalDetail;
import org.aftersales.approvals.boundary.ApprovalViews.DecisionInput;
import org.aftersales.approvals.boundary.ApprovalViews.StepView;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.Verdict;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.boundary.StockTakeViews.LineView;
import org.aftersales.parts.boundary.StockTakeViews.StockTakeView;
import org.aftersales.parts.boundary.StockTakes;
import org.aftersales.web.approvals.print.ApprovalWords;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.aftersales.web.shared.view.StaffNames;
import org.omnifaces.cdi.Param;

/**
 * Issue 12.2: one approval — the subject read-only (for a stock-take also its differing lines) beside
 * the chain with every decision so far; approve, or reject with a reason, on the step the user saw (a
 * click on a step someone else decided meanwhile is a conflict, nothing changes); 撤回 for the
 * requester; the 审批单 to print.
 */
@Named
@ViewScoped
public class ApprovalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Approvals approvals;

    @EJB
    private StockTakes stockTakes;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffNames staffNames;

    /** ?id= of the link that opened the page. */
    @Inject
    @Param(name = "id")
    private String idParam;

    private Long id;
    private ApprovalDetail detail;
    private String reason;
    private Long stockTakeId;

    private final PagedModel<LineView> differences = new PagedModel<>(this::differencePage, l -> l.partNumber());

    @PostConstruct
    void load() {
        try {
            id = idParam == null || idParam.isBlank() ? null : Long.valueOf(idParam.strip());
        } catch (NumberFormatException e) {
            id = null;
        }
        reload();
        if (detail != null && detail.request().kind() == ApprovalKind.STOCK_ADJUSTMENT) {
            stockTakeId = stockTake(detail.request().subject()).orElse(null);
        }
    }

    private void reload() {
        if (id == null) {
            detail = null;
            return;
        }
        try {
            detail = approvals.find(id);
        } catch (UnknownEntityException e) {
            detail = null;
        }
    }

    /** The stock-take under review: its id from its number (only for those who see stock-takes). */
    private Optional<Long> stockTake(String number) {
        if (!(currentUser.has("WAREHOUSE")
                || currentUser.has("MANAGER")
                || currentUser.has("ADMIN")
                || currentUser.has("FINANCE"))) {
            return Optional.empty();
        }
        try {
            return stockTakes.findByNumber(number).map(StockTakeView::id);
        } catch (EJBAccessException | UnknownEntityException e) {
            return Optional.empty();
        }
    }

    private PageResult<LineView> differencePage(int first, int size) {
        if (stockTakeId == null) {
            return new PageResult<>(List.of(), 0);
        }
        return stockTakes.lines(stockTakeId, StockTakes.LineFilter.DIFFERENCES, first, size);
    }

    public void approve() {
        decide(Verdict.APPROVE, "approvals.approved");
    }

    /** A rejection needs its reason (the boundary says so beside the field). */
    public void reject() {
        decide(Verdict.REJECT, "approvals.rejected");
    }

    private void decide(Verdict verdict, String done) {
        try {
            detail = approvals.decide(
                    id, new DecisionInput(verdict, reason, detail.request().currentStep()));
            reason = null;
            Feedback.info(done, detail.request().subject());
        } catch (RuntimeException e) {
            Feedback.failed(e, "decisionForm");
            reload();
        }
    }

    public void withdraw() {
        try {
            detail = approvals.withdraw(id, reason == null || reason.isBlank() ? null : reason.strip());
            reason = null;
            Feedback.info("approvals.withdrawn", detail.request().subject());
        } catch (RuntimeException e) {
            Feedback.failed(e, "decisionForm");
            reload();
        }
    }

    /** Who decides a step, in names and role words. */
    public String deciders(StepView s) {
        return ApprovalWords.deciders(Feedback.locale(), s.users(), s.roles(), staffNames::of);
    }

    /** How many must agree, from which amount. */
    public String rule(StepView s) {
        return ApprovalWords.rule(Feedback.locale(), s.all(), s.quorum(), s.minAmount());
    }

    public String money(java.math.BigDecimal amount) {
        return ApprovalWords.money(amount);
    }

    public boolean isCurrent(StepView s) {
        return detail != null
                && detail.request().currentStep() != null
                && detail.request().currentStep() == s.position();
    }

    public ApprovalDetail getDetail() {
        return detail;
    }

    public org.aftersales.approvals.boundary.ApprovalViews.ApprovalSummary getRequest() {
        return detail == null ? null : detail.request();
    }

    public Long getId() {
        return id;
    }

    public Long getStockTakeId() {
        return stockTakeId;
    }

    public PagedModel<LineView> getDifferences() {
        return differences;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
