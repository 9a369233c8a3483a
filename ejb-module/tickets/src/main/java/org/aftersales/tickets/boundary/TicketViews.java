package org.aftersales.tickets.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.shared.SingleLine;
import org.aftersales.domain.tickets.Channel;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.GoodsLogEntry;
import org.aftersales.domain.tickets.InstallationCheck;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.domain.tickets.SlaClock;
import org.aftersales.domain.tickets.SlaDeadline;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.domain.tickets.TicketEvent;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.domain.tickets.TicketLifecycle;
import org.aftersales.domain.tickets.TicketStatus;

/** What the tickets context takes in and gives out; never entities. */
public final class TicketViews {

    private TicketViews() {}

    /** T1: a repair call. {@code department} and {@code registeredAt} default (configured department, now). */
    public record NewTicket(
            @NotNull Long customerId,
            @Size(max = 64) @SingleLine String serialNumber,
            @NotNull Channel channel,
            @NotNull ServiceKind kind,
            @NotNull FaultLevel faultLevel,
            @Size(max = 6) @SingleLine String department,
            @NotBlank @Size(max = 2000) String description,
            Instant registeredAt,
            Instant wantedAt,
            Set<Qualification> requiredQualifications,
            Set<String> exclusions,

            Integer distanceKm)
            implements Serializable {

        /** Without the distance to the site (issue 13 added it). */
        public NewTicket(
                Long customerId,
                String serialNumber,
                Channel channel,
                ServiceKind kind,
                FaultLevel faultLevel,
                String department,
                String description,
                Instant registeredAt,
                Instant wantedAt,
                Set<Qualification> requiredQualifications,
                Set<String> exclusions) {
            this(
                    customerId,
                    serialNumber,
                    channel,
                    kind,
                    faultLevel,
                    department,
                    description,
                    registeredAt,
                    wantedAt,
                    requiredQualifications,
                    exclusions,
                    null);
        }
    }

    /** T3: an event to record. {@code at} defaults to now; the other fields as the event needs them. */
    public record EventRequest(
            @NotNull TicketEventType type,
            Instant at,
            @Size(max = 64) @SingleLine String technician,
            @Size(max = 2000) String note,
            @Size(max = 200) @SingleLine String item,
            @Size(max = 500) String condition,
            @Size(max = 100) @SingleLine String person,
            @SingleLine String pickupCode)
            implements Serializable {

        public static EventRequest of(TicketEventType type, Instant at, String technician, String note) {
            return new EventRequest(type, at, technician, note, null, null, null, null);
        }
    }

    /** T8: the service record as the technician fills it in; {@code version} guards against lost updates. */
    public record ServiceRecordInput(
            long version,
            @Size(max = 2000) String diagnosis,
            @Size(max = 2000) String solution,
            @Size(max = 2000) String workDone,
            @Size(max = 2000) String partsUsed,

            @DecimalMin(value = "0", message = "{validation.hours}")
            @DecimalMax(value = "24", message = "{validation.hours}")
            BigDecimal hours,

            LocalDate workDate,

            Integer distanceKm)
            implements Serializable {

        /** Without the distance to the site (issue 13 added it). */
        public ServiceRecordInput(
                long version,
                String diagnosis,
                String solution,
                String workDone,
                String partsUsed,
                BigDecimal hours,
                LocalDate workDate) {
            this(version, diagnosis, solution, workDone, partsUsed, hours, workDate, null);
        }
    }

    public record Sla(Instant arriveBy, Instant solutionBy, Instant resolveBy, List<SlaDeadline> breaches)
            implements Serializable {
        static Sla of(SlaClock clock) {
            return new Sla(
                    clock.arriveBy(),
                    clock.solutionBy(),
                    clock.resolveBy(),
                    clock.breaches().stream().sorted().toList());
        }
    }

    public record EventView(
            TicketEventType type, Instant at, String by, String technician, String note, Instant recordedAt)
            implements Serializable {
        static EventView of(TicketEvent e) {
            return new EventView(e.getType(), e.getAt(), e.getBy(), e.getTechnician(), e.getNote(), e.getRecordedAt());
        }
    }

    public record GoodsLogView(
            GoodsLogEntry.Direction direction,
            Instant at,
            String ticketNumber,
            String item,
            String serialNumber,
            String condition,
            String person,
            String recordedBy)
            implements Serializable {
        static GoodsLogView of(GoodsLogEntry g) {
            return new GoodsLogView(
                    g.getDirection(),
                    g.getAt(),
                    g.getTicketNumber(),
                    g.getItem(),
                    g.getSerialNumber(),
                    g.getCondition(),
                    g.getPerson(),
                    g.getRecordedBy());
        }
    }

    public record TicketView(
            String number,
            String department,
            TicketStatus status,
            long customerId,
            String customerName,
            String contact,
            String phone,
            String region,
            String address,
            String serialNumber,
            String model,
            Channel channel,
            ServiceKind kind,
            FaultLevel faultLevel,
            String description,
            Instant registeredAt,
            Instant wantedAt,
            Entitlement entitlement,
            String entitlementReasonKey,
            List<String> entitlementReasonArgs,
            Set<Qualification> requiredQualifications,
            String technician,
            String dispatcher,
            String partner,
            Sla sla,
            List<EventView> events,
            String diagnosis,
            String solution,
            String workDone,
            String partsUsed,
            BigDecimal hours,
            boolean signed,
            String signedBy,
            Instant signedAt,
            Map<InstallationCheck, Boolean> installationChecks,
            String pickupCode,
            Set<TicketEventType> allowedEvents,
            Instant arrivedAt,
            Instant resolvedAt,
            long version,
            Integer distanceKm)
            implements Serializable {

        public static TicketView of(
                Ticket t, SlaClock clock, List<TicketEvent> events, SignatureInfo signature, boolean withPickupCode) {
            String[] reason = t.getEntitlementReason() == null
                    ? new String[0]
                    : t.getEntitlementReason().split("\\|", -1);
            return new TicketView(
                    t.getNumber(),
                    t.getDepartment(),
                    t.getStatus(),
                    t.getCustomerId(),
                    t.getCustomerName(),
                    t.getContact(),
                    t.getPhone(),
                    t.getRegion(),
                    t.getAddress(),
                    t.getSerialNumber(),
                    t.getModel(),
                    t.getChannel(),
                    t.getKind(),
                    t.getFaultLevel(),
                    t.getDescription(),
                    t.getRegisteredAt(),
                    t.getWantedAt(),
                    t.getEntitlement(),
                    reason.length == 0 ? null : reason[0],
                    reason.length <= 1 ? List.of() : Arrays.asList(reason).subList(1, reason.length),
                    t.getRequiredQualifications(),
                    t.getTechnician(),
                    t.getDispatcher(),
                    t.getPartner(),
                    Sla.of(clock),
                    events.stream().map(EventView::of).toList(),
                    t.getDiagnosis(),
                    t.getSolution(),
                    t.getWorkDone(),
                    t.getPartsUsed(),
                    t.getHours(),
                    signature != null,
                    signature == null ? null : signature.signedBy(),
                    signature == null ? null : signature.signedAt(),
                    t.getInstallationChecks(),
                    withPickupCode ? t.getPickupCode() : null,
                    TicketLifecycle.allowed(t.getKind(), t.getStatus()),
                    t.getArrivedAt(),
                    t.getResolvedAt(),
                    t.getVersion(),
                    t.getDistanceKm());
        }
    }

    public record SignatureInfo(String signedBy, Instant signedAt) implements Serializable {}

    /**
     * What another context prices or checks a ticket by (billing's quote, B2/B3): the ticket's own
     * columns only — no history, SLA clock, signature or installation checks, which {@link TicketView}
     * reads with a query each (issue 13, the computed quote's p95).
     */
    public record TicketFacts(
            String number,
            String department,
            TicketStatus status,
            ServiceKind kind,
            FaultLevel faultLevel,
            Entitlement entitlement,
            String entitlementReasonKey,
            List<String> entitlementReasonArgs,
            String technician,
            BigDecimal hours,
            Integer distanceKm)
            implements Serializable {

        public static TicketFacts of(Ticket t) {
            String[] reason = t.getEntitlementReason() == null
                    ? new String[0]
                    : t.getEntitlementReason().split("\\|", -1);
            return new TicketFacts(
                    t.getNumber(),
                    t.getDepartment(),
                    t.getStatus(),
                    t.getKind(),
                    t.getFaultLevel(),
                    t.getEntitlement(),
                    reason.length == 0 ? null : reason[0],
                    reason.length <= 1
                            ? List.of()
                            : List.copyOf(Arrays.asList(reason).subList(1, reason.length)),
                    t.getTechnician(),
                    t.getHours(),
                    t.getDistanceKm());
        }
    }

    /** A row of the ticket lists and the dispatch board. */
    public record TicketSummary(
            String number,
            TicketStatus status,
            ServiceKind kind,
            FaultLevel faultLevel,
            String customerName,
            String phone,
            String region,
            String serialNumber,
            String model,
            String description,
            Instant registeredAt,
            String technician,
            Instant nextDeadline,
            boolean breached,
            String breaches,
            Entitlement entitlement,
            Set<Qualification> requiredQualifications)
            implements Serializable {
        static TicketSummary of(Ticket t) {
            return new TicketSummary(
                    t.getNumber(),
                    t.getStatus(),
                    t.getKind(),
                    t.getFaultLevel(),
                    t.getCustomerName(),
                    t.getPhone(),
                    t.getRegion(),
                    t.getSerialNumber(),
                    t.getModel(),
                    t.getDescription(),
                    t.getRegisteredAt(),
                    t.getTechnician(),
                    t.getNextDeadline(),
                    t.isBreached(),
                    t.getBreaches(),
                    t.getEntitlement(),
                    t.getRequiredQualifications());
        }
    }

    public enum Scope {
        MINE,
        TEAM,
        ALL
    }

    public enum SortField {
        REGISTERED_AT,
        NEXT_DEADLINE,
        NUMBER
    }

    /** The filters of the ticket lists (T4, issue 8). Null means "any". */
    public record TicketQuery(
            Scope scope,
            String text,
            Set<TicketStatus> statuses,
            FaultLevel faultLevel,
            ServiceKind kind,
            String region,
            String technician,
            Boolean breached,
            Integer dueWithinMinutes,
            Boolean unassigned,
            Boolean openOnly,
            Long customerId,
            String serialNumber,
            LocalDate from,
            LocalDate to,
            SortField sort,
            boolean ascending)
            implements Serializable {

        public static TicketQuery all() {
            return new TicketQuery(
                    Scope.ALL,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    SortField.REGISTERED_AT,
                    false);
        }

        public TicketQuery forCustomer(long id) {
            return new TicketQuery(
                    scope,
                    text,
                    statuses,
                    faultLevel,
                    kind,
                    region,
                    technician,
                    breached,
                    dueWithinMinutes,
                    unassigned,
                    openOnly,
                    id,
                    serialNumber,
                    from,
                    to,
                    sort,
                    ascending);
        }

        public TicketQuery forProduct(String serial) {
            return new TicketQuery(
                    scope,
                    text,
                    statuses,
                    faultLevel,
                    kind,
                    region,
                    technician,
                    breached,
                    dueWithinMinutes,
                    unassigned,
                    openOnly,
                    customerId,
                    serial,
                    from,
                    to,
                    sort,
                    ascending);
        }
    }

    /** T4: a technician on the dispatch board — region, qualifications and today's load. */
    public record TechnicianLoad(
            String username,
            String displayName,
            String region,
            Set<Qualification> qualifications,
            long openTickets,
            long dueToday)
            implements Serializable {}

    /** T11: one line of a technician's day. */
    public record WorkLine(
            String technician, LocalDate date, String ticketNumber, ServiceKind category, BigDecimal hours)
            implements Serializable {}

    /** T11: hours per work category, for a technician's day or the department's totals. */
    public record CategoryTotal(String technician, ServiceKind category, long tickets, BigDecimal hours)
            implements Serializable {}
}
