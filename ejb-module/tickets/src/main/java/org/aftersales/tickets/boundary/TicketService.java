package org.aftersales.tickets.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.customers.boundary.EntitlementService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.GoodsLogEntry;
import org.aftersales.domain.tickets.InstallationCheck;
import org.aftersales.domain.tickets.ServiceSignature;
import org.aftersales.domain.tickets.SlaClock;
import org.aftersales.domain.tickets.SlaTerms;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.domain.tickets.TicketEvent;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.domain.tickets.TicketLifecycle;
import org.aftersales.domain.tickets.WorkEntry;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.numbering.boundary.DocumentNumbers;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.Settings;
import org.aftersales.tickets.boundary.TicketViews.EventRequest;
import org.aftersales.tickets.boundary.TicketViews.GoodsLogView;
import org.aftersales.tickets.boundary.TicketViews.NewTicket;
import org.aftersales.tickets.boundary.TicketViews.ServiceRecordInput;
import org.aftersales.tickets.boundary.TicketViews.SignatureInfo;
import org.aftersales.tickets.boundary.TicketViews.TicketQuery;
import org.aftersales.tickets.boundary.TicketViews.TicketSummary;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.tickets.control.EventPermissions;
import org.aftersales.tickets.control.RegistrationGate;
import org.aftersales.tickets.control.SlaCatalog;
import org.aftersales.tickets.control.TicketQueries;
import org.aftersales.tickets.control.TicketSearch;

/**
 * T1–T8, T10, T12: service tickets — intake with its number and entitlement, the recorded history
 * that moves the status, the SLA clocks, the service record with the customer's signature, the
 * goods log of carry-in repairs and the installation checklist.
 */
@Stateless
@RolesAllowed({
    Roles.AGENT,
    Roles.DISPATCHER,
    Roles.TECHNICIAN,
    Roles.WAREHOUSE,
    Roles.FINANCE,
    Roles.QUALITY,
    Roles.MANAGER,
    Roles.ADMIN,
    Roles.PARTNER
})
public class TicketService {

    public static final String REOPEN_DAYS = "tickets.reopen-days";
    public static final String DEFAULT_DEPARTMENT = "service.default-department";
    private static final Pattern DEPARTMENT = Pattern.compile("[A-Z]{2,6}");
    /** A clock skew tolerated for times sent by partners' systems. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private DocumentNumbers numbers;

    @EJB
    private CustomerService customers;

    @EJB
    private EntitlementService entitlements;

    @EJB
    private UserService users;

    @EJB
    private Settings settings;

    @EJB
    private DomainEvents events;

    @Inject
    private SlaCatalog sla;

    @Inject
    private TicketSearch search;

    @Inject
    private TicketQueries queries;

    @EJB
    private RegistrationGate gate;

    @EJB
    private BusinessCalendar calendar;

    @EJB
    private ResolutionGates resolutionGates;

    /**
     * T1 for callers without a transaction of their own (the API, SOAP, the intake screen): each call
     * registers in a transaction of its own, and at most {@code tickets.registration-concurrency}
     * of them run at once on this node. Registrations of a department and month follow one another
     * on its counter anyway (T10); letting every request queue on the row lock instead made 20
     * concurrent callers slower than 5 (measured with config/bench/tickets).
     */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TicketView registerCall(@Valid NewTicket request) {
        return gate.through(() -> context.getBusinessObject(TicketService.class).register(request));
    }

    /** T1, T10: registers a repair call; its number is drawn in this transaction (gap-free, never reused). */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
    public TicketView register(@Valid NewTicket request) {
        Caller who = Caller.of(context);
        Instant now = calendar.now();
        List<FieldError> errors = new ArrayList<>();
        String department = request.department() == null || request.department().isBlank()
                ? settings.text(DEFAULT_DEPARTMENT, "YX")
                : request.department().strip().toUpperCase();
        if (!DEPARTMENT.matcher(department).matches()) {
            errors.add(FieldError.of("department", "validation.department"));
        }
        Instant registeredAt = request.registeredAt() == null ? now : request.registeredAt();
        if (registeredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(FieldError.of("registeredAt", "validation.notInFuture"));
        }
        // issue 10.7: 0001-01-01 made a year-1 ticket number and a 500; times lie within this product's world
        Plausible.instant("registeredAt", registeredAt).ifPresent(errors::add);
        Plausible.instant("wantedAt", request.wantedAt()).ifPresent(errors::add);
        if (request.wantedAt() != null && request.wantedAt().isBefore(registeredAt)) {
            errors.add(FieldError.of("wantedAt", "validation.wantedBeforeRegistered"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        CustomerView customer = customers
                .find(request.customerId())
                .orElseThrow(() -> new RuleViolationException(
                        FieldError.of("customerId", "validation.unknownCustomer", request.customerId())));
        ZoneId zone = calendar.zone();
        String serial = request.serialNumber() == null || request.serialNumber().isBlank()
                ? null
                : request.serialNumber().strip();
        Entitlement entitlement = Entitlement.PAID;
        String reason = "entitlement.reason.noProduct";
        String model = null;
        if (serial != null) {
            EntitlementService.Decision decision;
            try {
                decision = entitlements.decide(
                        customer.id(), serial, LocalDate.ofInstant(registeredAt, zone), request.exclusions());
            } catch (UnknownEntityException e) {
                throw new RuleViolationException(FieldError.of("serialNumber", "validation.unknownSerial", serial));
            }
            entitlement = decision.entitlement().entitlement();
            reason = String.join(
                    "|",
                    concat(
                            decision.entitlement().reasonKey(),
                            decision.entitlement().reasonArgs()));
            model = decision.model();
        }
        SlaTerms terms = sla.termsFor(request.faultLevel());
        // the department's counter stays locked until commit: from here on, only the writes
        String number = numbers.next(DocumentKind.TICKET, department, YearMonth.from(registeredAt.atZone(zone)))
                .toString();
        Ticket ticket = new Ticket(
                number,
                department,
                new Ticket.Intake(
                        customer.id(),
                        customer.name(),
                        customer.contact(),
                        customer.phone(),
                        customer.region(),
                        customer.address(),
                        serial,
                        model,
                        request.channel(),
                        request.kind(),
                        request.faultLevel(),
                        request.description().strip(),
                        registeredAt,
                        request.wantedAt(),
                        request.requiredQualifications()),
                entitlement,
                reason,
                who.partner().orElse(null));
        ticket.recordDistance(request.distanceKm()); // B1: the travel band of the quote
        ticket.updateClock(terms, now);
        TicketEvent registration = ticket.registration(caller());
        em.persist(ticket);
        em.persist(registration);
        em.flush();
        Map<String, String> data = Map.of(
                "number",
                number,
                "customerId",
                String.valueOf(customer.id()),
                "faultLevel",
                ticket.getFaultLevel().name(),
                "kind",
                ticket.getKind().name(),
                "region",
                String.valueOf(customer.region()),
                "customerName",
                customer.name());
        events.publish(DomainEvent.of(TicketEvents.REGISTERED, now, data));
        if (ticket.getFaultLevel() == FaultLevel.MAJOR) {
            events.publish(DomainEvent.of(TicketEvents.MAJOR_FAULT, now, data)); // T5: told at once
        }
        return TicketView.of(ticket, ticket.clock(terms, now), List.of(registration), null, seesPickupCodes(who));
    }

    /**
     * T3: records an event. The ticket row is locked for the transaction, so two people recording at
     * once are put in order and the second sees the first's result (an event the new status does
     * not allow → 409, nothing changed).
     */
    public TicketView record(String number, @Valid EventRequest request) {
        if (request.type() == null || !request.type().isPostable()) {
            throw new RuleViolationException(FieldError.of("type", "validation.required"));
        }
        TicketEventType type = request.type();
        Caller who = Caller.of(context);
        if (who.partner().isPresent()) {
            existing(number, who); // issue 10.1: another's ticket is unknown to a partner (404), before anything else
        }
        if (!context.isCallerInRole(Roles.ADMIN)
                && EventPermissions.rolesFor(type).stream().noneMatch(context::isCallerInRole)) {
            throw new EJBAccessException("Not allowed to record " + type);
        }
        Instant now = calendar.now();
        Instant at = request.at() == null ? now : request.at();
        if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new RuleViolationException(FieldError.of("at", "validation.notInFuture"));
        }
        Plausible.instant("at", at).ifPresent(e -> {
            throw new RuleViolationException(e);
        });
        Ticket ticket = locked(number);
        if (EventPermissions.onlyOwnTickets(type, context::isCallerInRole)
                && !caller().equals(ticket.getTechnician())) {
            throw new EJBAccessException("Ticket " + number + " is not assigned to " + caller());
        }
        if (TicketLifecycle.next(ticket.getKind(), ticket.getStatus(), type).isEmpty()) {
            throw new ConflictException(
                    "error.illegalTransition", number, ticket.getStatus().name(), type.name());
        }
        if (type == TicketEventType.RESOLVED) {
            resolutionGates.check(number, ticket.getEntitlement()); // B3: a paid repair only once the quote is agreed
        }
        String technician = null;
        if (type == TicketEventType.DISPATCHED) {
            technician = qualifiedTechnician(ticket, request.technician());
        }
        Optional<GoodsLogEntry> goods = ticket.moveGoods(
                type,
                at,
                request.item(),
                request.condition(),
                request.person(),
                request.pickupCode(),
                caller(),
                RANDOM); // T6
        TicketEvent event = ticket.record(
                type, at, caller(), technician, request.note(), Duration.ofDays(settings.number(REOPEN_DAYS, 30)));
        goods.ifPresent(em::persist);
        ticket.updateClock(sla.termsFor(ticket.getFaultLevel()), now);
        em.persist(event);
        em.flush();
        Map<String, String> data = new HashMap<>();
        data.put("number", number);
        data.put("type", type.name());
        data.put("by", caller());
        if (ticket.getTechnician() != null) {
            data.put("technician", ticket.getTechnician());
        }
        events.publish(DomainEvent.of(TicketEvents.EVENT_RECORDED, now, data));
        return view(ticket, who);
    }

    /** M2, T4: the technician exists, is a technician, is active and holds every qualification the work needs. */
    private String qualifiedTechnician(Ticket ticket, String username) {
        if (username == null || username.isBlank()) {
            throw new RuleViolationException(FieldError.of("technician", "validation.required"));
        }
        StaffMember technician = users.staffMember(username.strip())
                .filter(s -> s.roles().contains(Role.TECHNICIAN))
                .orElseThrow(() ->
                        new RuleViolationException(FieldError.of("technician", "validation.notATechnician", username)));
        if (!technician.active()) {
            throw new RuleViolationException(FieldError.of("technician", "validation.technicianLocked", username));
        }
        ticket.requireQualified(technician.displayName(), technician.qualifications()); // M2
        return technician.username();
    }

    public Optional<TicketView> find(String number) {
        Caller who = Caller.of(context);
        return byNumber(number, who).map(t -> view(t, who));
    }

    public TicketView get(String number) {
        Caller who = Caller.of(context);
        return view(existing(number, who), who);
    }

    public PageResult<TicketSummary> search(TicketQuery query, int first, int size) {
        String region = null;
        if (query.scope() == TicketViews.Scope.TEAM) {
            region = users.staffMember(caller()).map(StaffMember::region).orElse(null);
        }
        PageResult<Ticket> page = search.find(
                query, caller(), Caller.of(context).partner(), region, calendar.zone(), calendar.now(), first, size);
        return new PageResult<>(page.items().stream().map(TicketSummary::of).toList(), page.total());
    }

    /** T8, T11: saves the service record; its hours become the technician's work entry for the day. */
    @RolesAllowed({Roles.TECHNICIAN, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public TicketView saveServiceRecord(String number, @Valid ServiceRecordInput input) {
        Caller who = Caller.of(context);
        Ticket ticket = existing(number, who);
        if (ticket.getVersion() != input.version()) {
            throw new ConflictException("error.staleVersion");
        }
        assignedOrSupervisor(ticket, who, Role.DISPATCHER, Role.MANAGER);
        List<FieldError> errors = new ArrayList<>();
        if (input.hours() != null && ticket.getTechnician() == null) {
            errors.add(FieldError.of("hours", "validation.hoursNeedTechnician"));
        }
        // T11, issue 10.12: hours are worked on a day that has been
        Plausible.pastDate("workDate", input.workDate(), calendar.today()).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        ticket.recordService(
                Text.optional(input.diagnosis()),
                Text.optional(input.solution()),
                Text.optional(input.workDone()),
                Text.optional(input.partsUsed()),
                input.hours());
        if (input.distanceKm() != null) {
            ticket.recordDistance(input.distanceKm()); // B1: the travel band of the quote
        }
        if (input.hours() != null) {
            LocalDate day = input.workDate() != null ? input.workDate() : calendar.today();
            WorkEntry entry =
                    queries.workEntry(number, ticket.getTechnician(), day).orElse(null);
            if (entry == null) {
                em.persist(new WorkEntry(number, ticket.getTechnician(), day, ticket.getKind(), input.hours()));
            } else {
                entry.correct(input.hours());
            }
        }
        // issue 10.18: saving the record leaves its line in the history (who, when)
        em.persist(ticket.historyOf(TicketEventType.SERVICE_RECORDED, calendar.now(), caller(), null));
        em.flush();
        return view(ticket, who);
    }

    /**
     * B3: the customer declined the quote — the ticket is cancelled with the reason, whoever of the
     * quote's people records it (billing's boundary checks who may decline).
     */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public TicketView cancelForDeclinedQuote(String number, String note) {
        Caller who = Caller.of(context);
        Ticket ticket = locked(number);
        if (TicketLifecycle.next(ticket.getKind(), ticket.getStatus(), TicketEventType.CANCELLED)
                .isEmpty()) {
            throw new ConflictException(
                    "error.illegalTransition", number, ticket.getStatus().name(), TicketEventType.CANCELLED.name());
        }
        Instant now = calendar.now();
        TicketEvent event = ticket.record(TicketEventType.CANCELLED, now, caller(), null, note, null);
        ticket.updateClock(sla.termsFor(ticket.getFaultLevel()), now);
        em.persist(event);
        em.flush();
        Map<String, String> data = new HashMap<>();
        data.put("number", number);
        data.put("type", TicketEventType.CANCELLED.name());
        data.put("by", caller());
        events.publish(DomainEvent.of(TicketEvents.EVENT_RECORDED, now, data));
        return view(ticket, who);
    }

    /** T4, T8: the customer's signature on the service record, once. */
    @RolesAllowed({Roles.TECHNICIAN, Roles.DISPATCHER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public TicketView sign(String number, byte[] png, String signedBy) {
        Caller who = Caller.of(context);
        Ticket ticket = existing(number, who);
        assignedOrSupervisor(
                ticket, who, Role.DISPATCHER, Role.AGENT, Role.MANAGER); // issue 10.1: like the other events
        if (em.find(ServiceSignature.class, ticket.getId()) != null) {
            throw new ConflictException("error.signedAlready", number);
        }
        if (signedBy == null || signedBy.isBlank()) {
            throw new RuleViolationException(FieldError.of("signedBy", "validation.required"));
        }
        Instant now = calendar.now();
        em.persist(new ServiceSignature(ticket.getId(), png, signedBy.strip(), now, caller()));
        em.persist(ticket.historyOf(TicketEventType.SIGNED, now, caller(), signedBy.strip())); // issue 10.18
        em.flush();
        return view(ticket, who);
    }

    public Optional<byte[]> signature(String number) {
        Caller who = Caller.of(context);
        Ticket ticket = existing(number, who);
        return Optional.ofNullable(em.find(ServiceSignature.class, ticket.getId()))
                .map(ServiceSignature::getPng);
    }

    /** T12: the installation checklist. */
    @RolesAllowed({Roles.TECHNICIAN, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public TicketView checkInstallation(String number, long version, Map<InstallationCheck, Boolean> results) {
        Caller who = Caller.of(context);
        Ticket ticket = existing(number, who);
        assignedOrSupervisor(ticket, who, Role.DISPATCHER, Role.MANAGER); // issue 10.1: like the other events
        if (ticket.getVersion() != version) {
            throw new ConflictException("error.staleVersion");
        }
        results.forEach((item, passed) -> {
            if (passed != null) {
                ticket.check(item, passed);
            }
        });
        em.flush();
        return view(ticket, who);
    }

    /**
     * A technician acts only on the tickets assigned to them (T8); whoever holds one of {@code anyTicket}
     * (or ADMIN) acts on any.
     */
    private static void assignedOrSupervisor(Ticket ticket, Caller caller, Role... anyTicket) {
        if (!caller.isAny(anyTicket) && !caller.name().equals(ticket.getTechnician())) {
            throw new EJBAccessException("Ticket " + ticket.getNumber() + " is not assigned to " + caller.name());
        }
    }

    /** T6: the goods in/out log, newest first; the carry-in desk's book, not a partner's. */
    @RolesAllowed({
        Roles.AGENT,
        Roles.DISPATCHER,
        Roles.TECHNICIAN,
        Roles.WAREHOUSE,
        Roles.QUALITY,
        Roles.MANAGER,
        Roles.ADMIN
    })
    public PageResult<GoodsLogView> goodsLog(int first, int size) {
        PageResult<GoodsLogEntry> page = queries.goodsLog(first, size);
        return new PageResult<>(page.items().stream().map(GoodsLogView::of).toList(), page.total());
    }

    private TicketView view(Ticket ticket, Caller who) {
        List<TicketEvent> history = queries.history(ticket);
        ServiceSignature signature = em.find(ServiceSignature.class, ticket.getId());
        SlaClock clock = ticket.clock(sla.termsFor(ticket.getFaultLevel()), calendar.now());
        return TicketView.of(
                ticket,
                clock,
                history,
                signature == null ? null : new SignatureInfo(signature.getSignedBy(), signature.getSignedAt()),
                seesPickupCodes(who));
    }

    private Optional<Ticket> byNumber(String number, Caller who) {
        Optional<String> partner = who.partner();
        return queries.byNumber(number).filter(t -> t.visibleTo(partner));
    }

    /** The ticket as the caller may see it: a partner only its own (issue 10.1); anyone else's is unknown. */
    private Ticket existing(String number, Caller who) {
        return byNumber(number, who).orElseThrow(() -> new UnknownEntityException("Ticket", number));
    }

    private Ticket locked(String number) {
        return queries.locked(number).orElseThrow(() -> new UnknownEntityException("Ticket", number));
    }

    /** T6: the pickup code is for the agents and the carry-in desk that hand out the receipt, nobody else. */
    private static boolean seesPickupCodes(Caller who) {
        return who.isAny(Role.AGENT, Role.WAREHOUSE);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
