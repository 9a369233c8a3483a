package org.aftersales.web.quality.view;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerQuery;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.customers.boundary.CustomerViews.SortField;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.KeyCustomerVisits;
import org.aftersales.quality.boundary.KeyVisitViews.KeyVisitView;
import org.aftersales.quality.boundary.KeyVisitViews.PlannedVisit;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;

/**
 * Q7: the key customers' yearly visit plan — QUALITY plans a visit per key customer; whoever made it
 * records the day; the report is due within 10 days (a setting) and an overdue one stands out.
 */
@Named
@ViewScoped
public class KeyVisitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CUSTOMER_ID = Pattern.compile("^\\s*(\\d{1,18})\\b.*");

    @EJB
    private KeyCustomerVisits visits;

    @EJB
    private CustomerService customers;

    @Inject
    private CurrentUser currentUser;

    private int year;
    private transient Map<Long, Optional<CustomerView>> customerCache;
    private final PagedModel<KeyVisitView> rows = new PagedModel<>(this::page, v -> String.valueOf(v.id()));

    private String customerText;
    private LocalDate plannedOn;
    private String purpose;

    private KeyVisitView editing;
    private LocalDate visitedOn;
    private String report;

    @jakarta.annotation.PostConstruct
    void init() {
        year = currentUser.today().getYear();
    }

    PageResult<KeyVisitView> page(int first, int size) {
        return visits.plan(year, first, size);
    }

    public CustomerView customer(long id) {
        if (customerCache == null) {
            customerCache = new HashMap<>();
        }
        return customerCache.computeIfAbsent(id, k -> customers.find(k)).orElse(null);
    }

    public List<String> completeCustomer(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return customers
                .search(new CustomerQuery(query.strip(), null, null, null, null, null), 0, 15, SortField.NAME, true)
                .items()
                .stream()
                .map(c -> c.id() + " · " + c.name() + (c.phone() == null ? "" : " · " + c.phone()))
                .toList();
    }

    public boolean mayPlan() {
        return currentUser.has(Roles.QUALITY) || currentUser.has(Roles.MANAGER) || currentUser.has(Roles.ADMIN);
    }

    public void add() {
        Matcher m = customerText == null ? null : CUSTOMER_ID.matcher(customerText);
        if (m == null || !m.matches()) {
            Feedback.failed(
                    new RuleViolationException(FieldError.of("customer", "complaint.customerPick")), "planForm");
            return;
        }
        try {
            visits.add(new PlannedVisit(Long.valueOf(m.group(1)), plannedOn, purpose));
            Feedback.info("keyVisits.added");
            customerText = purpose = null;
            plannedOn = null;
        } catch (RuleViolationException e) {
            Feedback.failed(e, "planForm");
        } catch (EJBAccessException e) {
            Feedback.error("complaint.notAllowed");
        }
    }

    public void edit(KeyVisitView v) {
        editing = v;
        visitedOn = v == null || v.visitedOn() == null ? currentUser.today() : v.visitedOn();
        report = null;
    }

    public void visited() {
        act(() -> visits.visited(editing.id(), visitedOn), "keyVisits.visitedSaved");
    }

    public void report() {
        act(() -> visits.report(editing.id(), report), "keyVisits.reportSaved");
    }

    private void act(java.util.function.Supplier<KeyVisitView> call, String done) {
        if (editing == null) {
            return;
        }
        try {
            editing = call.get();
            Feedback.info(done);
            if (editing.report() != null) {
                editing = null;
            }
        } catch (RuleViolationException e) {
            Feedback.failed(e, "visitForm");
        } catch (ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "visitForm");
            editing = null;
        } catch (EJBAccessException e) {
            Feedback.error("complaint.notAllowed");
        }
    }

    public void cancel() {
        editing = null;
    }

    public PagedModel<KeyVisitView> getRows() {
        return rows;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getCustomerText() {
        return customerText;
    }

    public void setCustomerText(String customerText) {
        this.customerText = customerText;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public KeyVisitView getEditing() {
        return editing;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }
}
