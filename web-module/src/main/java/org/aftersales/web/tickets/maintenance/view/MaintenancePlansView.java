package org.aftersales.web.tickets.maintenance.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.maintenance.MaintenanceLevel;
import org.aftersales.domain.tickets.maintenance.WorkType;
import org.aftersales.tickets.maintenance.boundary.MaintenancePlanService;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.CarePlanView;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.Item;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanChange;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanInput;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanQuery;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanView;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.omnifaces.cdi.Param;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * M1–M3: the maintenance plans screen (保养计划) — a lazy list soonest due first, filtered by serial
 * number, level, active and "due this week"; a dialog that makes or changes a plan with its work
 * items; and one that makes a product's plan from a care plan template in one step.
 */
@Named
@ViewScoped
public class MaintenancePlansView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** "Due this week": due by the calendar within the next 7 days, or waiting for the ticket's work. */
    private static final int WEEK = 7;

    @EJB
    private MaintenancePlanService plans;

    @EJB
    private ProductService products;

    @Inject
    private CurrentUser currentUser;

    // filters
    /** Starts as ?serial= of a link from a product, injected when the view is created; then the filter field. */
    @Inject
    @Param(name = "serial")
    private String serialFilter;

    private MaintenanceLevel levelFilter;
    private Boolean activeFilter = Boolean.TRUE;
    private boolean dueThisWeek;

    // the plan dialog
    private Long editedId;
    private long editedVersion;
    private String serialNumber;
    private MaintenanceLevel level = MaintenanceLevel.ROUTINE;
    private Integer intervalMonths;
    private Long intervalHours;
    private LocalDate startDate;
    private Long startHours;
    private LocalDate lastDoneDate;
    private Long lastDoneHours;
    private boolean active = true;
    private String notes;
    private List<ItemRow> items = new ArrayList<>();

    // the care plan dialog
    private String careSerial;
    private Long carePlanId;
    private LocalDate careStart;
    private List<CarePlanView> carePlans;

    private final LazyDataModel<PlanView> rows = new PagedModel<>(this::page, p -> String.valueOf(p.id()));

    /** M2: one editable work item of the dialog. */
    public static class ItemRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private WorkType type = WorkType.CLEANING;
        private String description;

        public ItemRow() {}

        ItemRow(WorkType type, String description) {
            this.type = type;
            this.description = description;
        }

        public WorkType getType() {
            return type;
        }

        public void setType(WorkType type) {
            this.type = type;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    PageResult<PlanView> page(int first, int size) {
        return plans.find(
                new PlanQuery(
                        serialFilter,
                        null,
                        levelFilter,
                        activeFilter,
                        dueThisWeek ? currentUser.today().plusDays(WEEK) : null),
                first,
                size);
    }

    public void clearFilters() {
        serialFilter = null;
        levelFilter = null;
        activeFilter = Boolean.TRUE;
        dueThisWeek = false;
    }

    /** Opens the dialog for a new plan (for the product filtered on, if any). */
    public void newPlan() {
        editedId = null;
        editedVersion = 0;
        serialNumber = serialFilter;
        level = MaintenanceLevel.ROUTINE;
        intervalMonths = 3;
        intervalHours = null;
        startDate = currentUser.today();
        startHours = null;
        lastDoneDate = null;
        lastDoneHours = null;
        active = true;
        notes = null;
        items = new ArrayList<>(List.of(new ItemRow()));
    }

    /** Opens the dialog on a plan of the list, as it is now. */
    public void edit(long id) {
        PlanView p = plans.get(id);
        editedId = p.id();
        editedVersion = p.version();
        serialNumber = p.serialNumber();
        level = p.level();
        intervalMonths = p.intervalMonths();
        intervalHours = p.intervalHours();
        startDate = p.startDate();
        startHours = p.startHours();
        lastDoneDate = p.lastDoneDate();
        lastDoneHours = p.lastDoneHours();
        active = p.active();
        notes = p.notes();
        items = new ArrayList<>(p.items().stream()
                .map(i -> new ItemRow(i.type(), i.description()))
                .toList());
    }

    public void addItem() {
        items.add(new ItemRow());
    }

    public void removeItem(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    public void save() {
        List<Item> work = items.stream()
                .map(i -> new Item(i.getType(), i.getDescription()))
                .toList();
        try {
            PlanView saved = editedId == null
                    ? plans.create(new PlanInput(
                            serialNumber,
                            level,
                            intervalMonths,
                            intervalHours,
                            startDate,
                            startHours,
                            lastDoneDate,
                            lastDoneHours,
                            active,
                            work,
                            notes,
                            null))
                    : plans.update(new PlanChange(
                            editedId,
                            editedVersion,
                            level,
                            intervalMonths,
                            intervalHours,
                            startDate,
                            startHours,
                            lastDoneDate,
                            lastDoneHours,
                            active,
                            work,
                            notes));
            Feedback.info("maintenance.saved", saved.id(), saved.serialNumber());
            PrimeFaces.current().executeScript("PF('planDialog').hide()");
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "planForm");
        }
    }

    /** Opens the care plan dialog; the template of the product's category is chosen when there is one (M3). */
    public void prepareCarePlan() {
        careSerial = serialFilter;
        careStart = currentUser.today();
        carePlans = plans.carePlans();
        carePlanId = null;
        if (careSerial != null && !careSerial.isBlank()) {
            products.find(careSerial.strip())
                    .map(ProductView::category)
                    .flatMap(plans::carePlanFor)
                    .ifPresent(c -> carePlanId = c.id());
        }
    }

    /** M3: the product's plan from the chosen care plan, in one step. */
    public void applyCarePlan() {
        try {
            PlanView created = plans.create(new PlanInput(
                    careSerial, null, null, null, careStart, null, null, null, true, null, null, carePlanId));
            Feedback.info("maintenance.saved", created.id(), created.serialNumber());
            PrimeFaces.current().executeScript("PF('carePlanDialog').hide()");
        } catch (RuleViolationException | UnknownEntityException e) {
            Feedback.failed(e, "carePlanForm");
        }
    }

    public boolean isDueSoon(PlanView p) {
        return p.pendingTicketNumber() != null
                || p.nextDueDate() != null
                        && !p.nextDueDate().isAfter(currentUser.today().plusDays(WEEK));
    }

    public String qualifications(PlanView p) {
        return PlanLabels.qualifications(p);
    }

    public String interval(PlanView p) {
        return PlanLabels.interval(p);
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public MaintenanceLevel[] getLevels() {
        return MaintenanceLevel.values();
    }

    public WorkType[] getWorkTypes() {
        return WorkType.values();
    }

    public LazyDataModel<PlanView> getRows() {
        return rows;
    }

    public String getSerialFilter() {
        return serialFilter;
    }

    public void setSerialFilter(String v) {
        this.serialFilter = v;
    }

    public MaintenanceLevel getLevelFilter() {
        return levelFilter;
    }

    public void setLevelFilter(MaintenanceLevel v) {
        this.levelFilter = v;
    }

    public Boolean getActiveFilter() {
        return activeFilter;
    }

    public void setActiveFilter(Boolean v) {
        this.activeFilter = v;
    }

    public boolean isDueThisWeek() {
        return dueThisWeek;
    }

    public void setDueThisWeek(boolean v) {
        this.dueThisWeek = v;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String v) {
        this.serialNumber = v;
    }

    public MaintenanceLevel getLevel() {
        return level;
    }

    public void setLevel(MaintenanceLevel v) {
        this.level = v;
    }

    public Integer getIntervalMonths() {
        return intervalMonths;
    }

    public void setIntervalMonths(Integer v) {
        this.intervalMonths = v;
    }

    public Long getIntervalHours() {
        return intervalHours;
    }

    public void setIntervalHours(Long v) {
        this.intervalHours = v;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate v) {
        this.startDate = v;
    }

    public Long getStartHours() {
        return startHours;
    }

    public void setStartHours(Long v) {
        this.startHours = v;
    }

    public LocalDate getLastDoneDate() {
        return lastDoneDate;
    }

    public void setLastDoneDate(LocalDate v) {
        this.lastDoneDate = v;
    }

    public Long getLastDoneHours() {
        return lastDoneHours;
    }

    public void setLastDoneHours(Long v) {
        this.lastDoneHours = v;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean v) {
        this.active = v;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String v) {
        this.notes = v;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public String getCareSerial() {
        return careSerial;
    }

    public void setCareSerial(String v) {
        this.careSerial = v;
    }

    public Long getCarePlanId() {
        return carePlanId;
    }

    public void setCarePlanId(Long v) {
        this.carePlanId = v;
    }

    public LocalDate getCareStart() {
        return careStart;
    }

    public void setCareStart(LocalDate v) {
        this.careStart = v;
    }

    public List<CarePlanView> getCarePlans() {
        return carePlans == null ? List.of() : carePlans;
    }
}
