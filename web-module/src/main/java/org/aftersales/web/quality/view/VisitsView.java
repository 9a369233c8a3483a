package org.aftersales.web.quality.view;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.domain.quality.ComplaintCategory;
import org.aftersales.domain.quality.ComplaintSeverity;
import org.aftersales.domain.quality.VisitResult;
import org.aftersales.domain.quality.VisitState;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.QualityViews.VisitOutcome;
import org.aftersales.quality.boundary.QualityViews.VisitProblem;
import org.aftersales.quality.boundary.QualityViews.VisitView;
import org.aftersales.quality.boundary.ReturnVisits;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;

/**
 * Q4: an agent's call list (顾客回访记录表) — the visits due today and the overdue ones, each with whom
 * to call and the number, and the script of what every customer is told (whom to call with a
 * problem, the hotline, the complaint process). The outcome is recorded also when the customer has
 * nothing to say; not reached, the visit comes back the next day; a problem the customer raises
 * becomes a complaint in the same click.
 */
@Named
@ViewScoped
public class VisitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReturnVisits visits;

    @EJB
    private CustomerService customers;

    @Inject
    private SettingReader settings;

    @Inject
    private CurrentUser currentUser;

    private String serialNumber;
    /** The day whose calls are listed (today when empty): an agent may look ahead. */
    private java.time.LocalDate day;

    private transient Map<Long, Optional<CustomerView>> customerCache;

    private final PagedModel<VisitView> rows = new PagedModel<>(this::page, v -> String.valueOf(v.id()));

    // the call being recorded
    private VisitView calling;
    private VisitResult result = VisitResult.REACHED;
    private String remarks;
    private boolean problem;
    private ComplaintCategory category;
    private ComplaintSeverity severity = ComplaintSeverity.NORMAL;
    private String description;
    private VisitView recorded;

    PageResult<VisitView> page(int first, int size) {
        return visits.due(day, serialNumber, first, size);
    }

    /** The customer to call, read once per page view. */
    public CustomerView customer(Long id) {
        if (id == null) {
            return null;
        }
        if (customerCache == null) {
            customerCache = new HashMap<>();
        }
        return customerCache.computeIfAbsent(id, k -> customers.find(k)).orElse(null);
    }

    /** The number as a link a phone dials with one tap. */
    public String tel(String phone) {
        return org.aftersales.web.tickets.view.PhoneLink.tel(phone);
    }

    public boolean overdue(VisitView v) {
        return v.overdue(currentUser.today());
    }

    /** Opens the outcome form of a visit on the list. */
    public void call(long id) {
        try {
            calling = visits.get(id);
        } catch (UnknownEntityException e) {
            calling = null;
            return;
        }
        result = VisitResult.REACHED;
        remarks = description = null;
        problem = false;
        category = null;
        severity = ComplaintSeverity.NORMAL;
    }

    public void cancel() {
        calling = null;
    }

    /** Q4: records the call; a problem (the customer reached) opens a complaint with it. */
    public void record() {
        if (calling == null) {
            return;
        }
        boolean withProblem = problem && result == VisitResult.REACHED;
        try {
            recorded = visits.record(
                    calling.id(),
                    new VisitOutcome(
                            result,
                            remarks == null || remarks.isBlank() ? null : remarks.strip(),
                            withProblem ? new VisitProblem(category, severity, description) : null));
            if (recorded.complaintNumber() != null && withProblem) {
                Feedback.info("visits.recordedWithComplaint", recorded.complaintNumber());
            } else if (recorded.state() == VisitState.RETRY) {
                Feedback.info("visits.retry", recorded.attempts());
            } else if (recorded.state() == VisitState.UNREACHABLE) {
                Feedback.warn("visits.unreachable", recorded.attempts());
            } else {
                Feedback.info("visits.recorded");
            }
            calling = null;
            customerCache = null;
        } catch (RuleViolationException e) {
            Feedback.failed(e, "recordForm");
        } catch (ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "recordForm");
            calling = null;
        } catch (EJBAccessException e) {
            Feedback.error("complaint.notAllowed");
        }
    }

    /** Q4: what the agent tells every customer: whom to call with a problem, the number, the complaint process. */
    public String getScript() {
        return Feedback.text(
                "visits.script",
                settings.text("print.company", "售后服务部"),
                settings.text(ReturnVisits.CONTACT, "售后服务部"),
                settings.text(ReturnVisits.HOTLINE, ""));
    }

    public VisitResult[] getResults() {
        return VisitResult.values();
    }

    public ComplaintCategory[] getCategories() {
        return ComplaintCategory.values();
    }

    public ComplaintSeverity[] getSeverities() {
        return ComplaintSeverity.values();
    }

    public PagedModel<VisitView> getRows() {
        return rows;
    }

    public java.time.LocalDate getDay() {
        return day;
    }

    public void setDay(java.time.LocalDate day) {
        this.day = day;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public CustomerView getCallingCustomer() {
        return calling == null ? null : customer(calling.customerId());
    }

    public VisitView getCalling() {
        return calling;
    }

    public VisitView getRecorded() {
        return recorded;
    }

    public VisitResult getResult() {
        return result;
    }

    public void setResult(VisitResult result) {
        this.result = result;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public boolean isProblem() {
        return problem;
    }

    public void setProblem(boolean problem) {
        this.problem = problem;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public ComplaintSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(ComplaintSeverity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
