package org.aftersales.tickets.maintenance.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.SingleLine;
import org.aftersales.domain.tickets.maintenance.CarePlanTemplate;
import org.aftersales.domain.tickets.maintenance.DueReason;
import org.aftersales.domain.tickets.maintenance.DueRule.DueState;
import org.aftersales.domain.tickets.maintenance.MaintenanceLevel;
import org.aftersales.domain.tickets.maintenance.MaintenancePlan;
import org.aftersales.domain.tickets.maintenance.WorkItem;
import org.aftersales.domain.tickets.maintenance.WorkType;
import org.aftersales.support.validation.CrossChecked;
import org.aftersales.support.validation.CrossFields;
import org.aftersales.support.validation.PlausibleDate;
import org.aftersales.support.validation.PlausibleHours;

/** M1–M3: what the maintenance component takes in and gives out; never entities. */
public final class MaintenanceViews {

    private MaintenanceViews() {}

    /** M2: one work item as entered. */
    public record Item(WorkType type, String description) implements Serializable {
        static Item of(WorkItem w) {
            return new Item(w.getType(), w.getDescription());
        }
    }

    /**
     * A plan as entered. With {@code carePlanId} (M3) the care plan gives the level, the interval,
     * the work and the advice, and only the serial number and start are read. {@code startDate}
     * defaults to today, {@code startHours} to the product's latest reading.
     */
    @CrossChecked
    public record PlanInput(
            @NotBlank String serialNumber,
            MaintenanceLevel level,
            Integer intervalMonths,
            Long intervalHours,
            @PlausibleDate LocalDate startDate,
            @PositiveOrZero @PlausibleHours Long startHours,
            LocalDate lastDoneDate,
            @PositiveOrZero @PlausibleHours Long lastDoneHours,
            Boolean active,
            List<Item> items,
            String notes,
            Long carePlanId)
            implements Serializable, PlanShape {

        /** With a care plan (M3) the level, interval and work come from there and are not read here. */
        @Override
        public List<FieldError> crossFieldErrors() {
            return carePlanId == null ? PlanShape.super.crossFieldErrors() : doneErrors();
        }
    }

    /** A change of a plan made against the version that was shown; a new last-done date starts the next cycle. */
    @CrossChecked
    public record PlanChange(
            long id,
            long version,
            MaintenanceLevel level,
            Integer intervalMonths,
            Long intervalHours,
            @PlausibleDate LocalDate startDate,
            @PositiveOrZero @PlausibleHours Long startHours,
            LocalDate lastDoneDate,
            @PositiveOrZero @PlausibleHours Long lastDoneHours,
            Boolean active,
            List<Item> items,
            String notes)
            implements Serializable, PlanShape {}

    /**
     * M1, M2: the contract of a plan entered by hand (issue 11.1) — a level, an interval by months
     * and/or hours, 1 to 50 work items each with its type, notes that fit — and a last-done reading
     * with its date. Whatever needs today or the stored plan (done before the start, not in the
     * future) is checked by the service.
     */
    public interface PlanShape extends CrossFields {
        MaintenanceLevel level();

        Integer intervalMonths();

        Long intervalHours();

        List<Item> items();

        String notes();

        LocalDate lastDoneDate();

        Long lastDoneHours();

        @Override
        default List<FieldError> crossFieldErrors() {
            List<FieldError> errors = new ArrayList<>(doneErrors());
            if (level() == null) {
                errors.add(FieldError.of("level", "validation.required"));
            }
            Integer months = intervalMonths();
            Long hours = intervalHours();
            if (months == null && hours == null) {
                errors.add(FieldError.of("intervalMonths", "validation.intervalNeeded"));
            }
            if (months != null && (months <= 0 || months > 120)) {
                errors.add(FieldError.of("intervalMonths", "validation.months"));
            }
            if (hours != null && hours <= 0) {
                errors.add(FieldError.of("intervalHours", "validation.positive"));
            }
            Plausible.hours("intervalHours", hours).ifPresent(errors::add);
            List<Item> items = items();
            if (items == null || items.isEmpty() || items.size() > MaintenancePlan.MAX_ITEMS) {
                errors.add(FieldError.of("items", "validation.workItems", MaintenancePlan.MAX_ITEMS));
            } else {
                for (Item item : items) {
                    if (item == null || item.type() == null) {
                        errors.add(FieldError.of("items", "validation.workType"));
                        break;
                    }
                    if (item.description() != null && item.description().strip().length() > WorkItem.DESCRIPTION_MAX) {
                        errors.add(FieldError.of("items", "validation.tooLong"));
                        break;
                    }
                }
            }
            if (notes() != null && notes().strip().length() > MaintenancePlan.NOTES_MAX) {
                errors.add(FieldError.of("notes", "validation.tooLong"));
            }
            return errors;
        }

        /** M1: hours read when the work was last done need the day it was done. */
        default List<FieldError> doneErrors() {
            return lastDoneHours() != null && lastDoneDate() == null
                    ? List.of(FieldError.of("lastDoneDate", "validation.required"))
                    : List.of();
        }
    }

    /** M1 as of a day: the thresholds, the latest reading, and whether and why the plan is due. */
    public record DueView(
            LocalDate asOf,
            LocalDate nextDueDate,
            Long nextDueHours,
            Long latestHours,
            LocalDate dueDate,
            DueReason reason)
            implements Serializable {
        static DueView of(LocalDate asOf, DueState s) {
            return new DueView(asOf, s.nextDueDate(), s.nextDueHours(), s.latestHours(), s.dueDate(), s.reason());
        }
    }

    public record PlanView(
            long id,
            String serialNumber,
            long customerId,
            String model,
            MaintenanceLevel level,
            Integer intervalMonths,
            Long intervalHours,
            LocalDate startDate,
            long startHours,
            LocalDate lastDoneDate,
            Long lastDoneHours,
            boolean active,
            List<Item> items,
            Set<Qualification> requiredQualifications,
            String notes,
            Long carePlanId,
            LocalDate nextDueDate,
            Long nextDueHours,
            LocalDate pendingDueDate,
            String pendingTicketNumber,
            DueView due,
            long version)
            implements Serializable {

        static PlanView of(MaintenancePlan p, DueView due) {
            return new PlanView(
                    p.getId(),
                    p.getSerialNumber(),
                    p.getCustomerId(),
                    p.getModel(),
                    p.getLevel(),
                    p.getIntervalMonths(),
                    p.getIntervalHours(),
                    p.getStartDate(),
                    p.getStartHours(),
                    p.getLastDoneDate(),
                    p.getLastDoneHours(),
                    p.isActive(),
                    p.getItems().stream().map(Item::of).toList(),
                    p.requiredQualifications(),
                    p.getNotes(),
                    p.getCarePlanId(),
                    p.getNextDueDate(),
                    p.getNextDueHours(),
                    p.getPendingDueDate(),
                    p.getPendingTicketNumber(),
                    due,
                    p.getVersion());
        }
    }

    /**
     * The filters of the plan list. {@code dueBy}: plans whose next calendar due date is on or
     * before it, and plans waiting for their maintenance ticket's work ("due this week").
     */
    public record PlanQuery(
            String serialNumber, Long customerId, MaintenanceLevel level, Boolean active, LocalDate dueBy)
            implements Serializable {
        public static PlanQuery all() {
            return new PlanQuery(null, null, null, null, null);
        }
    }

    /** A maintenance ticket a run would create (or created) for a plan. */
    public record DuePlan(
            long planId,
            String serialNumber,
            long customerId,
            String model,
            MaintenanceLevel level,
            LocalDate dueDate,
            DueReason reason,
            Long latestHours,
            Set<Qualification> requiredQualifications)
            implements Serializable {}

    /** What happened to one plan in a run. */
    public enum Outcome {
        CREATED,
        NOT_DUE,
        WAITING,
        ALREADY_CREATED,
        INACTIVE,
        FAILED
    }

    public record PlanResult(
            long planId,
            Outcome outcome,
            String serialNumber,
            LocalDate dueDate,
            DueReason reason,
            String ticketNumber,
            String error)
            implements Serializable {

        public static PlanResult of(long planId, Outcome outcome) {
            return new PlanResult(planId, outcome, null, null, null, null, null);
        }
    }

    /**
     * A scheduler run for a day: the tickets created, the plans that failed (logged with their id),
     * and how many were not due, waited for earlier tickets' work, or had their ticket already.
     * {@code finished} is false when the caller stopped waiting; the run goes on.
     */
    public record RunReport(
            LocalDate date,
            boolean finished,
            List<PlanResult> created,
            List<PlanResult> failed,
            int notDue,
            int waiting,
            int alreadyCreated)
            implements Serializable {

        public static RunReport of(LocalDate date, List<PlanResult> results) {
            return new RunReport(
                    date,
                    true,
                    results.stream().filter(r -> r.outcome() == Outcome.CREATED).toList(),
                    results.stream().filter(r -> r.outcome() == Outcome.FAILED).toList(),
                    count(results, Outcome.NOT_DUE),
                    count(results, Outcome.WAITING),
                    count(results, Outcome.ALREADY_CREATED));
        }

        public static RunReport running(LocalDate date) {
            return new RunReport(date, false, List.of(), List.of(), 0, 0, 0);
        }

        private static int count(List<PlanResult> results, Outcome outcome) {
            return (int) results.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    /** M3: a care plan as entered. */
    /** M3: a care plan template as an administrator enters it; the constraints are the contract (issue 11.1). */
    public record CarePlanInput(
            @NotBlank @Size(max = 64) @SingleLine String productType,
            @NotBlank @Size(max = 100) @SingleLine String name,
            @NotNull MaintenanceLevel level,

            @NotNull @Min(value = 1, message = "{validation.months}") @Max(value = 120, message = "{validation.months}")
            Integer cycleMonths,

            @NotEmpty Set<WorkType> workTypes,
            @Size(max = CarePlanTemplate.ADVICE_MAX) String advice)
            implements Serializable {}

    public record CarePlanView(
            long id,
            String productType,
            String name,
            MaintenanceLevel level,
            int cycleMonths,
            Set<WorkType> workTypes,
            Set<Qualification> requiredQualifications,
            String advice,
            long version)
            implements Serializable {
        static CarePlanView of(CarePlanTemplate t) {
            return new CarePlanView(
                    t.getId(),
                    t.getProductType(),
                    t.getName(),
                    t.getLevel(),
                    t.getCycleMonths(),
                    t.getWorkTypes(),
                    MaintenancePlan.qualificationsOf(List.copyOf(t.getWorkTypes())),
                    t.getAdvice(),
                    t.getVersion());
        }
    }
}
