package org.aftersales.web.tickets.maintenance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.tickets.maintenance.MaintenanceLevel;
import org.aftersales.domain.tickets.maintenance.WorkType;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.CarePlanView;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.DuePlan;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.DueView;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanResult;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanView;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.RunReport;
import org.aftersales.web.shared.rest.EnumParser;

/** The JSON of {@code /maintenance-plans}, {@code /care-plans} and a product's readings (M1–M3). */
public final class MaintenanceDtos {

    private MaintenanceDtos() {}

    /** M2: a work item; {@code qualification} (out only) is the certificate the work needs, null for the operator's. */
    public record WorkItemDto(
            String workType,

            @Size(max = 500, message = "{validation.tooLong}")
            String description,

            String qualification) {}

    public record NewPlan(
            @Size(max = 64, message = "{validation.tooLong}")
            String serialNumber,

            String level,
            Integer intervalMonths,
            Long intervalHours,
            LocalDate startDate,
            Long startHours,
            LocalDate lastDoneDate,
            Long lastDoneHours,
            Boolean active,
            @Valid List<WorkItemDto> items,

            @Size(max = 2000, message = "{validation.tooLong}")
            String notes,

            Long carePlanId) {}

    public record PlanChange(
            @NotNull(message = "{validation.required}") Long version,
            String level,
            Integer intervalMonths,
            Long intervalHours,
            LocalDate startDate,
            Long startHours,
            LocalDate lastDoneDate,
            Long lastDoneHours,
            Boolean active,
            @Valid List<WorkItemDto> items,

            @Size(max = 2000, message = "{validation.tooLong}")
            String notes) {}

    public record Due(LocalDate asOf, LocalDate dueDate, String reason, Long latestHours) {
        static Due of(DueView d) {
            return d == null
                    ? null
                    : new Due(
                            d.asOf(),
                            d.dueDate(),
                            d.reason() == null ? null : d.reason().name(),
                            d.latestHours());
        }
    }

    public record Plan(
            long id,
            String serialNumber,
            long customerId,
            String model,
            String level,
            Integer intervalMonths,
            Long intervalHours,
            LocalDate startDate,
            long startHours,
            LocalDate lastDoneDate,
            Long lastDoneHours,
            boolean active,
            List<WorkItemDto> items,
            List<String> requiredQualifications,
            String notes,
            Long carePlanId,
            LocalDate nextDueDate,
            Long nextDueHours,
            LocalDate pendingDueDate,
            String pendingTicketNumber,
            Due due,
            long version) {

        static Plan of(PlanView p) {
            return new Plan(
                    p.id(),
                    p.serialNumber(),
                    p.customerId(),
                    p.model(),
                    p.level().name(),
                    p.intervalMonths(),
                    p.intervalHours(),
                    p.startDate(),
                    p.startHours(),
                    p.lastDoneDate(),
                    p.lastDoneHours(),
                    p.active(),
                    p.items().stream()
                            .map(i -> new WorkItemDto(
                                    i.type().name(),
                                    i.description(),
                                    i.type().qualification().map(Enum::name).orElse(null)))
                            .toList(),
                    p.requiredQualifications().stream().map(Enum::name).sorted().toList(),
                    p.notes(),
                    p.carePlanId(),
                    p.nextDueDate(),
                    p.nextDueHours(),
                    p.pendingDueDate(),
                    p.pendingTicketNumber(),
                    Due.of(p.due()),
                    p.version());
        }
    }

    public record DueItem(
            long planId,
            String serialNumber,
            long customerId,
            String model,
            String level,
            LocalDate dueDate,
            String reason,
            Long latestHours,
            List<String> requiredQualifications) {
        static DueItem of(DuePlan d) {
            return new DueItem(
                    d.planId(),
                    d.serialNumber(),
                    d.customerId(),
                    d.model(),
                    d.level().name(),
                    d.dueDate(),
                    d.reason().name(),
                    d.latestHours(),
                    d.requiredQualifications().stream().map(Enum::name).sorted().toList());
        }
    }

    public record RunResult(
            long planId,
            String outcome,
            String serialNumber,
            LocalDate dueDate,
            String reason,
            String ticketNumber,
            String error) {
        static RunResult of(PlanResult r) {
            return new RunResult(
                    r.planId(),
                    r.outcome().name(),
                    r.serialNumber(),
                    r.dueDate(),
                    r.reason() == null ? null : r.reason().name(),
                    r.ticketNumber(),
                    r.error());
        }
    }

    public record Run(
            LocalDate date,
            boolean finished,
            List<RunResult> created,
            List<RunResult> failed,
            int notDue,
            int waiting,
            int alreadyCreated) {
        static Run of(RunReport r) {
            return new Run(
                    r.date(),
                    r.finished(),
                    r.created().stream().map(RunResult::of).toList(),
                    r.failed().stream().map(RunResult::of).toList(),
                    r.notDue(),
                    r.waiting(),
                    r.alreadyCreated());
        }
    }

    /** The JSON of a new care plan: names of enums as strings; the rules are those of {@code CarePlanInput}. */
    public record NewCarePlan(
            String productType,
            String name,
            String level,
            Integer cycleMonths,
            List<String> workTypes,
            String advice) {}

    public record CarePlan(
            long id,
            String productType,
            String name,
            String level,
            int cycleMonths,
            List<String> workTypes,
            List<String> requiredQualifications,
            String advice,
            long version) {
        static CarePlan of(CarePlanView c) {
            return new CarePlan(
                    c.id(),
                    c.productType(),
                    c.name(),
                    c.level().name(),
                    c.cycleMonths(),
                    c.workTypes().stream().map(Enum::name).toList(),
                    c.requiredQualifications().stream().map(Enum::name).sorted().toList(),
                    c.advice(),
                    c.version());
        }
    }

    public record NewReading(
            LocalDate readOn,
            @NotNull(message = "{validation.required}") Long hours) {}

    public record Reading(LocalDate readOn, long hours, String recordedBy) {}

    static List<MaintenanceViews.Item> items(List<WorkItemDto> items) {
        if (items == null) {
            return null;
        }
        return items.stream()
                .map(i -> i == null
                        ? null
                        : new MaintenanceViews.Item(
                                EnumParser.one(WorkType.class, i.workType(), "items", null), i.description()))
                .toList();
    }

    static MaintenanceLevel level(String level) {
        return EnumParser.one(MaintenanceLevel.class, level, "level", null);
    }
}
