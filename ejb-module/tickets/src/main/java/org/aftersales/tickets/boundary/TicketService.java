package org.aftersales.tickets.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.GoodsLogEntry;
import org.aftersales.domain.tickets.InstallationCheck;
import org.aftersales.domain.tickets.ServiceSignature;
import org.aftersales.domain.tickets.SlaTerms;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.domain.tickets.TicketEvent;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.TicketViews.EventRequest;
import org.aftersales.tickets.boundary.TicketViews.GoodsLogView;
import org.aftersales.tickets.boundary.TicketViews.NewTicket;
import org.aftersales.tickets.boundary.TicketViews.ServiceRecordInput;
import org.aftersales.tickets.boundary.TicketViews.TicketFacts;
import org.aftersales.tickets.boundary.TicketViews.TicketQuery;
import org.aftersales.tickets.boundary.TicketViews.TicketSummary;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.tickets.control.EventChecks;
import org.aftersales.tickets.control.RegistrationGate;
import org.aftersales.tickets.control.ServiceRecords;
import org.aftersales.tickets.control.SlaCatalog;
import org.aftersales.tickets.control.TicketIntake;
import org.aftersales.tickets.control.TicketQueries;
import org.aftersales.tickets.control.TicketReader;
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
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UserService users;

    @Inject
    private SettingReader settings;

    @EJB
    private DomainEvents events;

    @Inject
    private SlaCatalog sla;

    @Inject
    private TicketSearch search;

    @Inject
    private TicketQueries queries;

    @Inject
    private TicketIntake intake;

    @Inject
    private TicketReader tickets;

    @Inject
    private EventChecks checks;

    @Inject
    private ServiceRecords serviceRecords;

    @EJB
    private RegistrationGate gate;

    @Inject
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
        Ticket ticket = intake.open(request, who.partner(), now);
        SlaTerms terms = sla.termsFor(ticket.getFaultLevel());
        ticket.recordDistance(request.distanceKm()); // B1: the travel band of the quote
        ticket.updateClock(terms, now);
        TicketEvent registration = ticket.registration(who.name());
        em.persist(ticket);
        em.persist(registration);
        em.flush();
        Map<String, String> data = TicketEvents.registered(ticket);
        events.publish(DomainEvent.of(TicketEvents.REGISTERED, now, data));
        if (ticket.getFaultLevel() == FaultLevel.MAJOR) {
            events.publish(DomainEvent.of(TicketEvents.MAJOR_FAULT, now, data)); // T5: told at once
        }
        return TicketView.of(
                ticket, ticket.clock(terms, now), List.of(registration), null, TicketReader.seesPickupCodes(who));
    }

    /**
     * T3: records an event. The ticket row is locked for the transaction, so two people recording at
     * once are put in order and the second sees the first's result (an event the new status does
     * not allow → 409, nothing changed).
     */
    public TicketView record(String number, @Valid EventRequest request) {
        Caller who = Caller.of(context);
        Instant now = calendar.now();
        Instant at = checks.admissible(number, request, who, now);
        TicketEventType type = request.type();
        Ticket ticket = tickets.locked(number);
        checks.mayRecordOn(ticket, number, type, who);
        String technician =
                type == TicketEventType.DISPATCHED ? checks.qualifiedTechnician(ticket, request.technician()) : null;
        if (type == TicketEventType.RESOLVED) {
            resolutionGates.check(number, ticket.getEntitlement()); // B3: a paid repair only once the quote is agreed
        }
        Optional<GoodsLogEntry> goods = ticket.moveGoods(
                type,
                at,
                request.item(),
                request.condition(),
                request.person(),
                request.pickupCode(),
                who.name(),
                RANDOM); // T6
        TicketEvent event = ticket.record(
                type, at, who.name(), technician, request.note(), Duration.ofDays(settings.number(REOPEN_DAYS, 30)));
        goods.ifPresent(em::persist);
        ticket.updateClock(sla.termsFor(ticket.getFaultLevel()), now);
        em.persist(event);
        em.flush();
        events.publish(DomainEvent.of(
                TicketEvents.EVENT_RECORDED,
                now,
                TicketEvents.recorded(ticket, type, who.name(), ticket.getTechnician())));
        return tickets.view(ticket, who);
    }

    public Optional<TicketView> find(String number) {
        Caller who = Caller.of(context);
        return tickets.visible(number, who).map(t -> tickets.view(t, who));
    }

    /**
     * The ticket's facts as the caller may see it (404 rules as {@link #find}), without the history,
     * signature and SLA clock of its view: one query (billing's quote, issue 13).
     */
    public Optional<TicketFacts> facts(String number) {
        return tickets.visible(number, Caller.of(context)).map(TicketFacts::of);
    }

    public TicketView get(String number) {
        Caller who = Caller.of(context);
        return tickets.view(tickets.existing(number, who), who);
    }

    public PageResult<TicketSummary> search(TicketQuery query, int first, int size) {
        return search(query, first, size, Long.MAX_VALUE);
    }

    /**
     * Issue 15.3: as {@link #search}, but the total is counted up to {@code countAtMost} rows only; a
     * total of {@code countAtMost} means "that many or more" (a long list's count stops early);
     * {@link Long#MAX_VALUE} counts exactly.
     */
    public PageResult<TicketSummary> search(TicketQuery query, int first, int size, long countAtMost) {
        Caller who = Caller.of(context);
        PageResult<Ticket> page = search.find(
                query,
                who.name(),
                who.partner(),
                teamRegion(query, who),
                calendar.zone(),
                calendar.now(),
                first,
                size,
                countAtMost);
        return new PageResult<>(page.items().stream().map(TicketSummary::of).toList(), page.total());
    }

    /** How many tickets {@link #search} would list, without reading any (one count statement). */
    public long count(TicketQuery query) {
        return count(query, Long.MAX_VALUE);
    }

    /**
     * Issue 15.3: as {@link #count(TicketQuery)}, but counting stops at {@code countAtMost} (a result of
     * {@code countAtMost} means "that many or more").
     */
    public long count(TicketQuery query, long countAtMost) {
        Caller who = Caller.of(context);
        return search.count(
                query, who.name(), who.partner(), teamRegion(query, who), calendar.zone(), calendar.now(), countAtMost);
    }

    private String teamRegion(TicketQuery query, Caller who) {
        return query.scope() == TicketViews.Scope.TEAM
                ? users.staffMember(who.name()).map(StaffMember::region).orElse(null)
                : null;
    }

    /** T8, T11: saves the service record; its hours become the technician's work entry for the day. */
    @RolesAllowed({Roles.TECHNICIAN, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public TicketView saveServiceRecord(String number, @Valid ServiceRecordInput input) {
        Caller who = Caller.of(context);
        Ticket ticket = tickets.existing(number, who);
        if (ticket.getVersion() != input.version()) {
            throw new ConflictException("error.staleVersion");
        }
        checks.assignedOrSupervisor(ticket, who, Role.DISPATCHER, Role.MANAGER);
        if (input.distanceKm() != null) {
            ticket.recordDistance(input.distanceKm()); // B1: the travel band of the quote
        }
        serviceRecords.save(ticket, input, who.name());
        em.flush();
        return tickets.view(ticket, who);
    }

    /**
     * B3: the customer declined the quote — the ticket is cancelled with the reason, whoever of the
     * quote's people records it (billing's boundary checks who may decline).
     */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public TicketView cancelForDeclinedQuote(String number, String note) {
        Caller who = Caller.of(context);
        Ticket ticket = tickets.locked(number);
        Instant now = calendar.now();
        TicketEvent event = ticket.record(TicketEventType.CANCELLED, now, who.name(), null, note, null);
        ticket.updateClock(sla.termsFor(ticket.getFaultLevel()), now);
        em.persist(event);
        em.flush();
        events.publish(DomainEvent.of(
                TicketEvents.EVENT_RECORDED,
                now,
                TicketEvents.recorded(ticket, TicketEventType.CANCELLED, who.name(), null)));
        return tickets.view(ticket, who);
    }

    /** T4, T8: the customer's signature on the service record, once. */
    @RolesAllowed({Roles.TECHNICIAN, Roles.DISPATCHER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public TicketView sign(String number, byte[] png, String signedBy) {
        Caller who = Caller.of(context);
        Ticket ticket = tickets.existing(number, who);
        checks.assignedOrSupervisor(
                ticket, who, Role.DISPATCHER, Role.AGENT, Role.MANAGER); // issue 10.1: like the other events
        serviceRecords.sign(ticket, number, png, signedBy, who.name());
        em.flush();
        return tickets.view(ticket, who);
    }

    public Optional<byte[]> signature(String number) {
        Caller who = Caller.of(context);
        return tickets.signature(tickets.existing(number, who)).map(ServiceSignature::getPng);
    }

    /** T12: the installation checklist. */
    @RolesAllowed({Roles.TECHNICIAN, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public TicketView checkInstallation(String number, long version, Map<InstallationCheck, Boolean> results) {
        Caller who = Caller.of(context);
        Ticket ticket = tickets.existing(number, who);
        checks.assignedOrSupervisor(ticket, who, Role.DISPATCHER, Role.MANAGER); // issue 10.1: like the other events
        if (ticket.getVersion() != version) {
            throw new ConflictException("error.staleVersion");
        }
        results.forEach((item, passed) -> {
            if (passed != null) {
                ticket.check(item, passed);
            }
        });
        em.flush();
        return tickets.view(ticket, who);
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
}
