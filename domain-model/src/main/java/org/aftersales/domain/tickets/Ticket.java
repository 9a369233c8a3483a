package org.aftersales.domain.tickets;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.accounts.QualificationsConverter;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * T1–T8: a service request (叫修单 / 售后信息处理单). Its number (T10) never changes; its status
 * moves only through {@link #record}, which checks {@link TicketLifecycle} and returns the
 * append-only {@link TicketEvent} to keep. The customer and product are copied at intake (the
 * tickets context never reads the customers' tables); the SLA deadlines (T4, T5) are kept in
 * columns so lists can filter on "breached" and "due soon".
 */
@Entity
@Table(name = "ticket")
public class Ticket extends AuditedEntity {

    /** The farthest site distance accepted (km): a typing error guard. */
    public static final int MAX_DISTANCE_KM = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_number", nullable = false, unique = true, updatable = false, length = 32)
    private String number;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "customer_name", nullable = false, length = 200)
    private String customerName;

    @Column(name = "contact", length = 100)
    private String contact;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "region", length = 100)
    private String region;

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "serial_number", length = 64)
    private String serialNumber;

    @Column(name = "model", length = 64)
    private String model;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ServiceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "fault_level", nullable = false, length = 10)
    private FaultLevel faultLevel;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    /** T1: the time the customer wants us (an appointment); may move the arrival deadline (T4). */
    @Column(name = "wanted_at")
    private Instant wantedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TicketStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "entitlement", nullable = false, length = 12)
    private Entitlement entitlement;

    @Column(name = "entitlement_reason", length = 500)
    private String entitlementReason;

    /** M2: what the technician must be certified for. */
    @Convert(converter = QualificationsConverter.class)
    @Column(name = "required_qualifications", nullable = false, length = 100)
    private Set<Qualification> requiredQualifications = EnumSet.noneOf(Qualification.class);

    @Column(name = "technician", length = 64)
    private String technician;

    @Column(name = "dispatcher", length = 64)
    private String dispatcher;

    @Column(name = "partner", length = 100, updatable = false)
    private String partner;

    @Column(name = "cycle_start", nullable = false)
    private Instant cycleStart;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "solution_at")
    private Instant solutionAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "arrive_by")
    private Instant arriveBy;

    @Column(name = "solution_by")
    private Instant solutionBy;

    @Column(name = "resolve_by")
    private Instant resolveBy;

    /** The deadline now running, null when none is (lists: "due in 2 h"). */
    @Column(name = "next_deadline")
    private Instant nextDeadline;

    /** Deadlines missed so far, comma-separated (lists: "breached"). */
    @Column(name = "breaches", nullable = false, length = 40)
    private String breaches = "";

    @Column(name = "breached", nullable = false)
    private boolean breached;

    /** The deadline last alerted by the SLA watch and how far (DUE_SOON, BREACHED): the watch skips what it told. */
    @Column(name = "alerted_deadline")
    private Instant alertedDeadline;

    @Column(name = "alerted_stage", length = 10)
    private String alertedStage;

    // T8: the service record
    @Column(name = "diagnosis", length = 2000)
    private String diagnosis;

    @Column(name = "solution", length = 2000)
    private String solution;

    @Column(name = "work_done", length = 2000)
    private String workDone;

    @Column(name = "parts_used", length = 2000)
    private String partsUsed;

    @Column(name = "work_hours", precision = 8, scale = 2)
    private BigDecimal hours;

    /** B1: the distance to the site in km, for the travel band of the quote (issue 13). */
    @Column(name = "distance_km")
    private Integer distanceKm;

    // T6: carry-in
    @Column(name = "pickup_code", length = 12)
    private String pickupCode;

    /** T12: installation checks — item → OK / NOT_OK. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ticket_installation_check", joinColumns = @JoinColumn(name = "ticket_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "check_item", length = 20)
    @Column(name = "passed", nullable = false)
    private Map<InstallationCheck, Boolean> installationChecks = new EnumMap<>(InstallationCheck.class);

    protected Ticket() {}

    public Ticket(
            String number,
            String department,
            Intake intake,
            Entitlement entitlement,
            String entitlementReason,
            String partner) {
        this.number = Objects.requireNonNull(number);
        this.department = Objects.requireNonNull(department);
        this.customerId = intake.customerId();
        this.customerName = intake.customerName();
        this.contact = intake.contact();
        this.phone = intake.phone();
        this.region = intake.region();
        this.address = intake.address();
        this.serialNumber = intake.serialNumber();
        this.model = intake.model();
        this.channel = Objects.requireNonNull(intake.channel());
        this.kind = Objects.requireNonNull(intake.kind());
        this.faultLevel = Objects.requireNonNull(intake.faultLevel());
        this.description = Objects.requireNonNull(intake.description());
        this.registeredAt = Objects.requireNonNull(intake.registeredAt());
        this.wantedAt = intake.wantedAt();
        this.requiredQualifications = intake.requiredQualifications() == null
                        || intake.requiredQualifications().isEmpty()
                ? EnumSet.noneOf(Qualification.class)
                : EnumSet.copyOf(intake.requiredQualifications());
        this.entitlement = Objects.requireNonNull(entitlement);
        this.entitlementReason = entitlementReason;
        this.partner = partner;
        this.status = TicketStatus.REGISTERED;
        this.cycleStart = registeredAt;
    }

    /** What intake knows of a request (T1), with the customer and product as found. */
    public record Intake(
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
            Set<Qualification> requiredQualifications) {}

    /**
     * T8: a line of the history saying that the service record was saved or the customer signed
     * ({@link TicketEventType#SERVICE_RECORDED}, {@link TicketEventType#SIGNED}); the status stays.
     */
    public TicketEvent historyOf(TicketEventType type, Instant at, String by, String note) {
        if (type != TicketEventType.SERVICE_RECORDED && type != TicketEventType.SIGNED) {
            throw new IllegalArgumentException(
                    "Only the service record and the signature are written this way: " + type);
        }
        return new TicketEvent(this, type, at, by, technician, note);
    }

    /** The first event of the ticket's history. */
    public TicketEvent registration(String by) {
        return new TicketEvent(this, TicketEventType.REGISTERED, registeredAt, by, null, description);
    }

    /**
     * T3: records {@code type} at {@code at}. Throws {@link IllegalTransitionException} (409) when the
     * current status does not allow it (nothing changes then) and {@link RuleViolationException}
     * for an event that is incomplete (a dispatch without a technician, a cancellation without a
     * reason, a time before registration, a reopening after {@code reopenWithin}).
     */
    public TicketEvent record(
            TicketEventType type, Instant at, String by, String technicianName, String note, Duration reopenWithin) {
        TicketStatus next = TicketLifecycle.next(kind, status, type)
                .orElseThrow(() -> new IllegalTransitionException(number, status, type));
        Objects.requireNonNull(at, "at");
        if (at.isBefore(registeredAt)) {
            throw new RuleViolationException(FieldError.of("at", "validation.required"));
        }
        if (type.needsNote() && (note == null || note.isBlank())) {
            throw new RuleViolationException(FieldError.of("note", "validation.required"));
        }
        switch (type) {
            case DISPATCHED -> {
                if (technicianName == null || technicianName.isBlank()) {
                    throw new RuleViolationException(FieldError.of("technician", "validation.required"));
                }
                technician = technicianName;
                dispatcher = by;
                dispatchedAt = at;
            }
            case ARRIVED, RECEIVED -> arrivedAt = at;
            case SOLUTION_PROPOSED -> solutionAt = at;
            case RESOLVED -> resolvedAt = at;
            case ACCEPTED, COLLECTED -> acceptedAt = at;
            case CLOSED -> closedAt = at;
            case REOPENED -> {
                if (closedAt != null && reopenWithin != null && at.isAfter(closedAt.plus(reopenWithin))) {
                    throw new RuleViolationException(
                            FieldError.of("reopenPeriod", "validation.reopenPeriod", reopenWithin.toDays()));
                }
                cycleStart = at;
                dispatchedAt = null;
                arrivedAt = null;
                solutionAt = null;
                resolvedAt = null;
                acceptedAt = null;
                closedAt = null;
                technician = null;
            }
            default -> {
                // CONTACTED, NOTE, READY_FOR_PICKUP, CANCELLED: history only
            }
        }
        status = next;
        return new TicketEvent(this, type, at, by, type == TicketEventType.DISPATCHED ? technicianName : null, note);
    }

    /** T4, T5: recomputes the deadlines from the events and the terms of the fault level. */
    public SlaClock updateClock(SlaTerms terms, Instant now) {
        SlaClock clock = clock(terms, now);
        arriveBy = clock.arriveBy();
        solutionBy = clock.solutionBy();
        resolveBy = clock.resolveBy();
        nextDeadline = status.isOpen() ? clock.nextOpenDeadline(arrivedAt, solutionAt, resolvedAt) : null;
        breaches = String.join(
                ",", clock.breaches().stream().sorted().map(Enum::name).toList());
        breached = !clock.breaches().isEmpty();
        return clock;
    }

    public SlaClock clock(SlaTerms terms, Instant now) {
        Instant stoppedAt = status == TicketStatus.CANCELLED ? getUpdatedAt() : now;
        return SlaClock.compute(
                terms, cycleStart, wantedAt, arrivedAt, solutionAt, resolvedAt, stoppedAt == null ? now : stoppedAt);
    }

    /** T8: what the technician found and did. */
    public void recordService(String diagnosis, String solution, String workDone, String partsUsed, BigDecimal hours) {
        if (status.isFinal()) {
            throw new ConflictException("error.ticketFinal", number);
        }
        if (hours != null && hours.signum() < 0) {
            throw new RuleViolationException(FieldError.of("hours", "validation.hours"));
        }
        this.diagnosis = diagnosis;
        this.solution = solution;
        this.workDone = workDone;
        this.partsUsed = partsUsed;
        this.hours = hours;
    }

    /**
     * W4, B3: who pays changes at diagnosis (an exclusion found on site, or a goodwill exception); quotes
     * made afterwards use the new payer. A cancelled or closed ticket → 409.
     */
    public void reassess(Entitlement newEntitlement, String reason) {
        if (status.isFinal()) {
            throw new ConflictException("error.ticketFinal", number);
        }
        this.entitlement = Objects.requireNonNull(newEntitlement);
        this.entitlementReason = reason;
    }

    /** B1: the distance to the site (km) that selects the quote's travel band; null: not known. */
    public void recordDistance(Integer km) {
        if (km != null && (km < 0 || km > MAX_DISTANCE_KM)) {
            throw new RuleViolationException(FieldError.of("distanceKm", "validation.distanceKm", MAX_DISTANCE_KM));
        }
        if (status.isFinal()) {
            throw new ConflictException("error.ticketFinal", number);
        }
        this.distanceKm = km;
    }

    /** T12: the result of one installation check. */
    public void check(InstallationCheck item, boolean passed) {
        if (kind != ServiceKind.INSTALLATION) {
            throw new RuleViolationException(FieldError.of("kind", "validation.notInstallation"));
        }
        installationChecks.put(item, passed);
    }

    /** M2: only a technician who holds every qualification the work needs is dispatched to it. */
    public void requireQualified(String technicianName, Set<Qualification> held) {
        EnumSet<Qualification> missing = EnumSet.noneOf(Qualification.class);
        missing.addAll(requiredQualifications);
        missing.removeAll(held);
        if (!missing.isEmpty()) {
            throw new RuleViolationException(FieldError.of(
                    "technician",
                    "validation.missingQualification",
                    technicianName,
                    String.join(", ", missing.stream().map(Enum::name).toList())));
        }
    }

    /** T6: the code printed on the pickup receipt, asked for when the customer collects. */
    public void issuePickupCode(String code) {
        this.pickupCode = code;
    }

    /**
     * T6: the goods log of a carry-in repair. Receiving the unit logs it in and issues the pickup code
     * printed on the receipt; the customer collects only against that code, and it is logged out.
     * Call before {@link #record} for RECEIVED and COLLECTED; other events move no goods.
     *
     * @param item what was handed over; the model when nobody typed one
     * @param codes draws a six-digit pickup code
     */
    public Optional<GoodsLogEntry> moveGoods(
            TicketEventType type,
            Instant at,
            String item,
            String condition,
            String person,
            String pickupCodeGiven,
            String by,
            RandomGenerator codes) {
        String what = item == null || item.isBlank() ? String.valueOf(model) : item;
        if (type == TicketEventType.RECEIVED) {
            issuePickupCode(String.format("%06d", codes.nextInt(1_000_000)));
            return Optional.of(new GoodsLogEntry(
                    number, GoodsLogEntry.Direction.IN, at, what, serialNumber, condition, person, by));
        }
        if (type == TicketEventType.COLLECTED) {
            if (!pickupCodeMatches(pickupCodeGiven)) {
                throw new RuleViolationException(FieldError.of("pickupCode", "validation.pickupCode"));
            }
            return Optional.of(new GoodsLogEntry(
                    number, GoodsLogEntry.Direction.OUT, at, what, serialNumber, condition, person, by));
        }
        return Optional.empty();
    }

    public boolean pickupCodeMatches(String code) {
        return pickupCode != null && pickupCode.equals(code == null ? null : code.trim());
    }

    public void changeDescription(String description, FaultLevel level, Set<Qualification> required, Instant wanted) {
        this.description = Objects.requireNonNull(description);
        this.faultLevel = Objects.requireNonNull(level);
        this.requiredQualifications =
                required == null || required.isEmpty() ? EnumSet.noneOf(Qualification.class) : EnumSet.copyOf(required);
        this.wantedAt = wanted;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getDepartment() {
        return department;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getContact() {
        return contact;
    }

    public String getPhone() {
        return phone;
    }

    public String getRegion() {
        return region;
    }

    public String getAddress() {
        return address;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getModel() {
        return model;
    }

    public Channel getChannel() {
        return channel;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public FaultLevel getFaultLevel() {
        return faultLevel;
    }

    public String getDescription() {
        return description;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getWantedAt() {
        return wantedAt;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Entitlement getEntitlement() {
        return entitlement;
    }

    public String getEntitlementReason() {
        return entitlementReason;
    }

    public Set<Qualification> getRequiredQualifications() {
        return EnumSet.copyOf(
                requiredQualifications.isEmpty() ? EnumSet.noneOf(Qualification.class) : requiredQualifications);
    }

    public String getTechnician() {
        return technician;
    }

    public String getDispatcher() {
        return dispatcher;
    }

    public String getPartner() {
        return partner;
    }

    /** Issue 10.1: staff ({@code partner} empty) see every ticket, a partner only those it submitted. */
    public boolean visibleTo(java.util.Optional<String> partnerAccount) {
        return partnerAccount.isEmpty() || partnerAccount.get().equals(partner);
    }

    public Instant getCycleStart() {
        return cycleStart;
    }

    public Instant getDispatchedAt() {
        return dispatchedAt;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public Instant getSolutionAt() {
        return solutionAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getArriveBy() {
        return arriveBy;
    }

    public Instant getSolutionBy() {
        return solutionBy;
    }

    public Instant getResolveBy() {
        return resolveBy;
    }

    public Instant getNextDeadline() {
        return nextDeadline;
    }

    public boolean isBreached() {
        return breached;
    }

    public String getBreaches() {
        return breaches;
    }

    public String getDiagnosis() {
        return diagnosis;
    }

    public String getSolution() {
        return solution;
    }

    public String getWorkDone() {
        return workDone;
    }

    public String getPartsUsed() {
        return partsUsed;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public Integer getDistanceKm() {
        return distanceKm;
    }

    public String getPickupCode() {
        return pickupCode;
    }

    /**
     * T12: only an installation ticket has checks ({@link #check} refuses them on any other kind, and the kind
     * never changes), so any other ticket answers none without loading the lazy collection (issue 15.2: one
     * statement less on reading most tickets).
     */
    public Map<InstallationCheck, Boolean> getInstallationChecks() {
        return kind == ServiceKind.INSTALLATION ? Map.copyOf(installationChecks) : Map.of();
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("number", number);
        state.put("status", status == null ? null : status.name());
        state.put("faultLevel", faultLevel == null ? null : faultLevel.name());
        state.put("description", description);
        state.put("technician", technician);
        state.put("entitlement", entitlement == null ? null : entitlement.name());
        state.put("wantedAt", String.valueOf(wantedAt));
        state.put("diagnosis", diagnosis);
        state.put("solution", solution);
        state.put("workDone", workDone);
        state.put("partsUsed", partsUsed);
        state.put("hours", hours == null ? null : hours.toPlainString());
        state.put("distanceKm", distanceKm == null ? null : distanceKm.toString());
        state.put("breaches", breaches);
        return state;
    }
}
