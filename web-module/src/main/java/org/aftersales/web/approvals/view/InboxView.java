package org.aftersales.web.approvals.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalSummary;
import org.aftersales.approvals.boundary.ApprovalViews.Box;
import org.aftersales.approvals.boundary.ApprovalViews.Filter;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.approvals.boundary.Approvals.BulkResult;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.omnifaces.cdi.Param;

/**
 * Issue 12.2: 审批中心 — what waits for me (待我审批), what I decided (我已审批), what I asked for (我发起的)
 * and, for managers, everything (全部); filtered by kind, department, amount and age, a page at a time;
 * the selected items of one kind approved at once, each with its own result.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Approvals approvals;

    @Inject
    private CurrentUser currentUser;

    /** ?box=REQUESTED from a link (the requester's own list). */
    @Inject
    @Param(name = "box")
    private String boxParam;

    private Box box = Box.WAITING;
    private ApprovalKind kind;
    private String department;
    private ApprovalState state;
    private BigDecimal minAmount;
    private BigDecimal maxAmount;
    private Integer olderThanDays;
    private List<ApprovalSummary> selected = new ArrayList<>();
    private List<BulkResult> results = List.of();

    private final PagedModel<ApprovalSummary> items = new PagedModel<>(this::page, a -> String.valueOf(a.id()));

    @PostConstruct
    void init() {
        for (Box b : getBoxes()) {
            if (b.name().equals(boxParam)) {
                box = b;
            }
        }
    }

    private PageResult<ApprovalSummary> page(int first, int size) {
        try {
            return approvals.list(
                    new Filter(box, kind, blankToNull(department), state, minAmount, maxAmount, olderThanDays),
                    first,
                    size);
        } catch (RuntimeException e) {
            Feedback.failed(e, "inboxForm");
            return new PageResult<>(List.of(), 0);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The boxes this colleague has: everything only for managers and administrators. */
    public List<Box> getBoxes() {
        List<Box> boxes = new ArrayList<>(List.of(Box.WAITING, Box.DECIDED, Box.REQUESTED));
        if (currentUser.has("MANAGER") || currentUser.has("ADMIN")) {
            boxes.add(Box.ALL);
        }
        return boxes;
    }

    /** A box was picked: its first page, nothing selected. */
    public void switchBox() {
        selected = new ArrayList<>();
        results = List.of();
    }

    /** Approves the selected items (one kind); each item's result is listed. */
    public void approveSelected() {
        if (selected == null || selected.isEmpty()) {
            Feedback.error("approvals.bulk.noneSelected");
            return;
        }
        try {
            results = approvals.approveAll(
                    selected.stream().map(ApprovalSummary::id).toList());
            long done = results.stream().filter(BulkResult::approved).count();
            Feedback.info("approvals.bulk.done", done, results.size());
            selected = new ArrayList<>();
        } catch (RuntimeException e) {
            Feedback.failed(e, "inboxForm");
        }
    }

    /** One item's result of a bulk approval in words. */
    public String resultText(BulkResult r) {
        return Feedback.text(r.messageKey(), r.args().toArray());
    }

    public String money(BigDecimal amount) {
        return org.aftersales.web.approvals.print.ApprovalWords.money(amount);
    }

    public boolean isWaitingBox() {
        return box == Box.WAITING;
    }

    public ApprovalKind[] getKinds() {
        return ApprovalKind.values();
    }

    public ApprovalState[] getStates() {
        return ApprovalState.values();
    }

    public PagedModel<ApprovalSummary> getItems() {
        return items;
    }

    public Box getBox() {
        return box;
    }

    public void setBox(Box box) {
        this.box = box == null ? Box.WAITING : box;
    }

    public ApprovalKind getKind() {
        return kind;
    }

    public void setKind(ApprovalKind kind) {
        this.kind = kind;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public ApprovalState getState() {
        return state;
    }

    public void setState(ApprovalState state) {
        this.state = state;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(BigDecimal maxAmount) {
        this.maxAmount = maxAmount;
    }

    public Integer getOlderThanDays() {
        return olderThanDays;
    }

    public void setOlderThanDays(Integer olderThanDays) {
        this.olderThanDays = olderThanDays;
    }

    public List<ApprovalSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<ApprovalSummary> selected) {
        this.selected = selected;
    }

    public List<BulkResult> getResults() {
        return results;
    }
}
