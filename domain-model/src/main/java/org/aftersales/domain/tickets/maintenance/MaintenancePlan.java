package org.aftersales.domain.tickets.maintenance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.tickets.maintenance.DueRule.DueState;

/**
 * M1–M3: the preventive maintenance plan of one installed product (by serial number; the customer
 * is kept as well). Invariants: a level, an interval by months and/or operating hours, at least one
 * work item; maintenance is never recorded as done before the plan started. The baseline of the due
 * rule is the last time the work was done, else the plan's start.
 *
 * <p>A plan waits for its maintenance once a ticket was created for a due date ({@link
 * #ticketCreated}): it is not due again until the work is recorded as done ({@link #recordDone}),
 * which starts the next cycle. {@code nextDueDate} and {@code nextDueHours} are kept in columns so
 * that lists can filter on "due this week".
 */
@Entity
@Table(name = "maintenance_plan")
public class MaintenancePlan extends AuditedEntity {

    public static final int MAX_ITEMS = 50;
    public static final int NOTES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "serial_number", nullable = false, updatable = false, length = 64)
    private String serialNumber;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "model", length = 64)
    private String model;

    @Enumerated(EnumType.STRING)
    @Column(name = "maintenance_level", nullable = false, length = 20)
    private MaintenanceLevel level;

    @Column(name = "interval_months")
    private Integer intervalMonths;

    @Column(name = "interval_hours")
    private Long intervalHours;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "start_hours", nullable = false)
    private long startHours;

    @Column(name = "last_done_date")
    private LocalDate lastDoneDate;

    @Column(name = "last_done_hours")
    private Long lastDoneHours;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    /** M3: the care plan template the plan was made from, if any. */
    @Column(name = "care_plan_id", updatable = false)
    private Long carePlanId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "maintenance_work_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<WorkItem> items = new ArrayList<>();

    @Column(name = "next_due_date")
    private LocalDate nextDueDate;

    @Column(name = "next_due_hours")
    private Long nextDueHours;

    /** The due date a ticket was created for in the current cycle; null while none was. */
    @Column(name = "pending_due_date")
    private LocalDate pendingDueDate;

    @Column(name = "pending_ticket_number", length = 32)
    private String pendingTicketNumber;

    protected MaintenancePlan() {}

    public MaintenancePlan(
            String serialNumber,
            long customerId,
            String model,
            MaintenanceLevel level,
            MaintenanceInterval interval,
            LocalDate startDate,
            long startHours,
            List<WorkItem> items,
            String notes,
            Long carePlanId) {
        if (serialNumber == null || serialNumber.isBlank()) {
            throw new RuleViolationException(FieldError.of("serialNumber", "validation.required"));
        }
        this.serialNumber = serialNumber.strip();
        this.customerId = customerId;
        this.model = Text.optional(model);
        this.carePlanId = carePlanId;
        change(level, interval, startDate, startHours, items, notes);
    }

    /** M1, M2: the level, interval, start and work of the plan; the current cycle stays as it is. */
    public void change(
            MaintenanceLevel newLevel,
            MaintenanceInterval interval,
            LocalDate newStart,
            long newStartHours,
            List<WorkItem> newItems,
            String newNotes) {
        Objects.requireNonNull(interval, "The interval is required.");
        Objects.requireNonNull(newStart, "The start date is required.");
        if (newStartHours < 0) {
            throw new RuleViolationException(FieldError.of("startHours", "validation.notNegative"));
        }
        if (newItems == null || newItems.isEmpty() || newItems.size() > MAX_ITEMS) {
            throw new RuleViolationException(FieldError.of("items", "validation.workItems", MAX_ITEMS));
        }
        if (lastDoneDate != null && lastDoneDate.isBefore(newStart)) {
            throw new RuleViolationException(FieldError.of("startDate", "validation.doneBeforeStart"));
        }
        String text = Text.optional(newNotes);
        if (text != null && text.length() > NOTES_MAX) {
            throw new RuleViolationException(FieldError.of("notes", "validation.tooLong"));
        }
        this.level = Objects.requireNonNull(newLevel, "The level is required.");
        this.intervalMonths = interval.months();
        this.intervalHours = interval.hours();
        this.startDate = newStart;
        this.startHours = newStartHours;
        this.items =
                new ArrayList<>(newItems.stream().map(Objects::requireNonNull).toList());
        this.notes = text;
        refreshThresholds();
    }

    /** M1: the work was done on {@code date} at {@code hours} (null: not read); the next cycle starts. */
    public void recordDone(LocalDate date, Long hours) {
        Objects.requireNonNull(date, "The date is required.");
        if (date.isBefore(startDate)) {
            throw new RuleViolationException(FieldError.of("lastDoneDate", "validation.doneBeforeStart"));
        }
        if (hours != null && hours < 0) {
            throw new RuleViolationException(FieldError.of("lastDoneHours", "validation.notNegative"));
        }
        this.lastDoneDate = date;
        this.lastDoneHours = hours;
        this.pendingDueDate = null;
        this.pendingTicketNumber = null;
        refreshThresholds();
    }

    public void activate(boolean on) {
        this.active = on;
    }

    /** M1: is the plan due on {@code asOf}, given the product's operating-hours readings? */
    public DueState dueOn(LocalDate asOf, List<HoursReading> readings) {
        return DueRule.evaluate(baselineDate(), baselineHours(), interval(), readings, asOf);
    }

    /** True while a ticket created for this cycle waits for the work to be recorded as done. */
    public boolean isAwaitingMaintenance() {
        return pendingTicketNumber != null;
    }

    /** The plan remembers the ticket made for {@code dueDate}; it is not due again in this cycle. */
    public void ticketCreated(LocalDate dueDate, String ticketNumber) {
        if (isAwaitingMaintenance()) {
            throw new IllegalStateException("Plan " + id + " has ticket " + pendingTicketNumber + " already.");
        }
        this.pendingDueDate = Objects.requireNonNull(dueDate, "The due date is required.");
        this.pendingTicketNumber = Objects.requireNonNull(ticketNumber, "The ticket number is required.");
    }

    /** M2: every qualification the plan's work needs (the union over the work items). */
    public Set<Qualification> requiredQualifications() {
        return qualificationsOf(items.stream().map(WorkItem::getType).toList());
    }

    /** M2: the union of the qualifications the given kinds of work need. */
    public static Set<Qualification> qualificationsOf(List<WorkType> types) {
        EnumSet<Qualification> needed = EnumSet.noneOf(Qualification.class);
        types.forEach(t -> t.qualification().ifPresent(needed::add));
        return needed;
    }

    public MaintenanceInterval interval() {
        return new MaintenanceInterval(intervalMonths, intervalHours);
    }

    public LocalDate baselineDate() {
        return lastDoneDate != null ? lastDoneDate : startDate;
    }

    public long baselineHours() {
        if (lastDoneDate != null) {
            return lastDoneHours != null ? lastDoneHours : startHours;
        }
        return startHours;
    }

    private void refreshThresholds() {
        nextDueDate = intervalMonths == null ? null : baselineDate().plusMonths(intervalMonths); // M1
        nextDueHours = intervalHours == null ? null : baselineHours() + intervalHours; // M1
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getModel() {
        return model;
    }

    public MaintenanceLevel getLevel() {
        return level;
    }

    public Integer getIntervalMonths() {
        return intervalMonths;
    }

    public Long getIntervalHours() {
        return intervalHours;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public long getStartHours() {
        return startHours;
    }

    public LocalDate getLastDoneDate() {
        return lastDoneDate;
    }

    public Long getLastDoneHours() {
        return lastDoneHours;
    }

    public boolean isActive() {
        return active;
    }

    public String getNotes() {
        return notes;
    }

    public Long getCarePlanId() {
        return carePlanId;
    }

    public List<WorkItem> getItems() {
        return List.copyOf(items);
    }

    public LocalDate getNextDueDate() {
        return nextDueDate;
    }

    public Long getNextDueHours() {
        return nextDueHours;
    }

    public LocalDate getPendingDueDate() {
        return pendingDueDate;
    }

    public String getPendingTicketNumber() {
        return pendingTicketNumber;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("serialNumber", serialNumber);
        state.put("customerId", String.valueOf(customerId));
        state.put("level", level == null ? null : level.name());
        state.put("intervalMonths", String.valueOf(intervalMonths));
        state.put("intervalHours", String.valueOf(intervalHours));
        state.put("startDate", String.valueOf(startDate));
        state.put("startHours", String.valueOf(startHours));
        state.put("lastDoneDate", String.valueOf(lastDoneDate));
        state.put("lastDoneHours", String.valueOf(lastDoneHours));
        state.put("active", String.valueOf(active));
        state.put("items", String.valueOf(items));
        state.put("notes", notes);
        state.put("pendingDueDate", String.valueOf(pendingDueDate));
        state.put("pendingTicketNumber", pendingTicketNumber);
        return state;
    }
}
