package org.aftersales.tickets.dealer.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.CustomerViews.CustomerQuery;
import org.aftersales.customers.boundary.CustomerViews.CustomerRow;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.customers.boundary.CustomerViews.SortField;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.CustomerType;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.Channel;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.domain.tickets.dealer.DealerReturn;
import org.aftersales.domain.tickets.dealer.DealerReturn.DealerEntry;
import org.aftersales.domain.tickets.dealer.DealerReturn.ReceivingCheck;
import org.aftersales.domain.tickets.dealer.StageOrderException;
import org.aftersales.domain.tickets.dealer.Turnarounds;
import org.aftersales.numbering.boundary.DocumentNumbers;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.Settings;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.EventRequest;
import org.aftersales.tickets.boundary.TicketViews.NewTicket;
import org.aftersales.tickets.boundary.TicketViews.TicketView;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnQuery;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnSummary;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnView;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DecisionInput;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DispositionInput;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.JudgementInput;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.NewDealerReturn;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.ReceivingInput;
import org.aftersales.tickets.dealer.control.DealerReturnSearch;
import org.aftersales.tickets.dealer.control.PaperText;

/**
 * T7, T10: dealer returns (产品售后管理表). Registering one files the dealer's part with its own
 * number and opens the RETURN_EXCHANGE ticket that carries the unit through the workshop (the dealer
 * is the ticket's customer); the receiving check also records RECEIVED on that ticket (T6: goods log,
 * pickup code). Judgement, decision and disposition follow in turn, each against the version read.
 * The rules are {@link DealerReturn}'s; this bean finds, checks the version, calls and stores.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class DealerReturns {

    /** T7: the turnarounds a dealer may accept, in days, comma-separated. */
    public static final String TURNAROUND_DAYS = "dealer-returns.turnaround-days";
    /** A clock skew tolerated for times sent by dealers' systems. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private static final int TICKET_TEXT_MAX = 2000;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private DocumentNumbers numbers;

    @EJB
    private TicketService tickets;

    @EJB
    private CustomerService customers;

    @EJB
    private ProductService products;

    @EJB
    private Settings settings;

    @Inject
    private DealerReturnSearch search;

    @EJB
    private BusinessCalendar calendar;

    /**
     * T7, T10: files the dealer's part (items 1–8) under a number of the configured department, drawn
     * in this transaction, and registers its RETURN_EXCHANGE ticket (channel DEALER). The ticket opens
     * on the dealer's own product record only when the serial number is one of the dealer's products.
     * QUALITY may not: opening tickets is intake's (TicketService.register).
     */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
    public DealerReturnView register(NewDealerReturn request) {
        Instant now = calendar.now();
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Turnarounds allowed = turnarounds();
        List<FieldError> errors = new ArrayList<>();
        CustomerView dealer = null;
        try {
            dealer = dealer(request.dealerCustomerId(), request.dealerName());
        } catch (RuleViolationException e) {
            errors.addAll(e.errors());
        }
        DealerEntry entry = new DealerEntry(
                dealer == null ? null : dealer.id(),
                dealer == null ? request.dealerName() : dealer.name(),
                request.feedbackDate(),
                request.model(),
                request.colour(),
                request.serialNumber(),
                request.purchaseDate(),
                request.problem(),
                request.arrival(),
                request.courierCompany(),
                request.trackingNumber(),
                request.wantedHandling(),
                request.turnaroundDays());
        for (FieldError error : DealerReturn.check(entry, allowed, today)) {
            if (dealer != null || !error.field().equals("dealerName")) { // the dealer's own error says it better
                errors.add(error);
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        long dealerId = dealer.id();
        String department = settings.text(TicketService.DEFAULT_DEPARTMENT, "YX");
        String number = numbers.next(DocumentKind.DEALER_RETURN, department, YearMonth.from(now.atZone(zone)))
                .toString();
        String serial = Text.optional(request.serialNumber());
        String dealersProduct = serial == null
                ? null
                : products.find(serial)
                        .filter(p -> p.customerId() != null && p.customerId() == dealerId)
                        .map(ProductView::serialNumber)
                        .orElse(null);
        String description = PaperText.get(
                "ticket.description",
                request.problem().strip(),
                number,
                String.join(" ", nonBlank(request.model(), request.colour(), serial)));
        TicketView ticket = tickets.register(new NewTicket(
                dealerId,
                dealersProduct,
                Channel.DEALER,
                ServiceKind.RETURN_EXCHANGE,
                FaultLevel.GENERAL,
                department,
                cut(description, TICKET_TEXT_MAX),
                now,
                null,
                Set.of(),
                Set.of()));
        DealerReturn created = new DealerReturn(number, department, ticket.number(), entry, allowed, today);
        em.persist(created);
        em.flush();
        return DealerReturnView.of(created, today);
    }

    /** C1: the dealer must be in the archive as a DEALER — by id, or by its exact name when no id is given. */
    private CustomerView dealer(Long id, String name) {
        if (id != null) {
            return customers
                    .find(id)
                    .filter(c -> c.type() == CustomerType.DEALER)
                    .orElseThrow(() ->
                            new RuleViolationException(FieldError.of("dealerCustomerId", "validation.notADealer", id)));
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolationException(FieldError.of("dealerName", "validation.required"));
        }
        String wanted = name.strip();
        List<CustomerRow> found = customers
                .search(
                        new CustomerQuery(wanted, null, CustomerType.DEALER, null, null, null),
                        0,
                        20,
                        SortField.NAME,
                        true)
                .items()
                .stream()
                .filter(c -> c.name().strip().equalsIgnoreCase(wanted))
                .toList();
        if (found.size() != 1) {
            throw new RuleViolationException(FieldError.of(
                    "dealerName", found.isEmpty() ? "validation.unknownDealer" : "validation.ambiguousDealer", wanted));
        }
        return customers.find(found.get(0).id()).orElseThrow();
    }

    /**
     * T7 items 9–10, T6: the unit arrived and was checked; its ticket records RECEIVED (goods log line
     * with the condition, pickup code). Only roles that may receive carry-in items (EventPermissions).
     */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public DealerReturnView receive(String number, ReceivingInput input) {
        Instant now = calendar.now();
        Instant at = input.receivedAt() == null ? now : input.receivedAt();
        if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new RuleViolationException(FieldError.of("receivedAt", "validation.notInFuture"));
        }
        Plausible.instant("receivedAt", at).ifPresent(e -> {
            throw new RuleViolationException(e);
        });
        ZoneId zone = calendar.zone();
        DealerReturn r = current(number, input.version());
        try {
            r.receive(
                    new ReceivingCheck(
                            at,
                            input.appearance(),
                            input.function(),
                            input.functionNote(),
                            input.accessories(),
                            input.note()),
                    caller(),
                    zone);
        } catch (StageOrderException e) {
            throw conflict(e);
        }
        TicketView ticket = tickets.get(r.getTicketNumber());
        Instant ticketAt = at.isBefore(ticket.registeredAt()) ? ticket.registeredAt() : at;
        tickets.record(
                r.getTicketNumber(),
                new EventRequest(
                        TicketEventType.RECEIVED,
                        ticketAt,
                        null,
                        cut(
                                String.join(
                                        " · ",
                                        nonBlank(PaperText.get("event.received", r.getNumber()), r.getReceivingNote())),
                                TICKET_TEXT_MAX),
                        cut(
                                String.join(
                                        " ",
                                        nonBlank(
                                                r.getModel(),
                                                r.getColour(),
                                                r.getSerialNumber() == null ? null : "(" + r.getSerialNumber() + ")")),
                                200),
                        cut(condition(r), 500),
                        cut(r.getDealerName(), 100),
                        null));
        em.flush();
        return DealerReturnView.of(r, LocalDate.ofInstant(now, zone));
    }

    /** T7 item 11: needs the receiving check. */
    public DealerReturnView judge(String number, JudgementInput input) {
        Instant now = calendar.now();
        DealerReturn r = current(number, input.version());
        try {
            r.judge(input.judgement(), input.note(), now, caller());
        } catch (StageOrderException e) {
            throw conflict(e);
        }
        return stored(r, now);
    }

    /** T7 item 12: needs the judgement. */
    public DealerReturnView decide(String number, DecisionInput input) {
        Instant now = calendar.now();
        DealerReturn r = current(number, input.version());
        try {
            r.decide(input.handling(), input.note(), now, caller());
        } catch (StageOrderException e) {
            throw conflict(e);
        }
        return stored(r, now);
    }

    /** T7 item 13: needs the decision; closes the return. */
    public DealerReturnView dispose(String number, DispositionInput input) {
        Instant now = calendar.now();
        DealerReturn r = current(number, input.version());
        try {
            r.dispose(input.disposition(), input.note(), now, caller());
        } catch (StageOrderException e) {
            throw conflict(e);
        }
        return stored(r, now);
    }

    public DealerReturnView get(String number) {
        return DealerReturnView.of(existing(number, false), calendar.today());
    }

    public Optional<DealerReturnView> find(String number) {
        return byNumber(number, false).map(r -> DealerReturnView.of(r, calendar.today()));
    }

    public PageResult<DealerReturnSummary> search(DealerReturnQuery query, int first, int size) {
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.ofInstant(calendar.now(), zone);
        PageResult<DealerReturn> page = search.find(query, zone, today, first, size);
        return new PageResult<>(
                page.items().stream().map(r -> DealerReturnSummary.of(r, today)).toList(), page.total());
    }

    /** T7: the turnarounds allowed now (setting {@value #TURNAROUND_DAYS}). */
    public Turnarounds turnarounds() {
        return Turnarounds.parse(settings.text(TURNAROUND_DAYS, Turnarounds.DEFAULT));
    }

    /** The return locked for this transaction, at the version the caller read. */
    private DealerReturn current(String number, long version) {
        DealerReturn r = existing(number, true);
        if (r.getVersion() != version) {
            throw new ConflictException("error.staleVersion");
        }
        return r;
    }

    private DealerReturnView stored(DealerReturn r, Instant now) {
        em.flush();
        return DealerReturnView.of(r, LocalDate.ofInstant(now, calendar.zone()));
    }

    private static ConflictException conflict(StageOrderException e) {
        return new ConflictException(
                "error.dealerReturnStage",
                e.number(),
                e.stage().name(),
                e.attempted().name());
    }

    /** T6: the goods log's condition of the unit, from the receiving check. */
    private static String condition(DealerReturn r) {
        return String.join(
                "；",
                nonBlank(
                        PaperText.get("appearance." + r.getAppearance().name()),
                        PaperText.get(
                                "function." + r.getFunction().name(),
                                r.getFunctionNote() == null ? "" : r.getFunctionNote()),
                        r.getAccessories() == null ? null : PaperText.get("accessories", r.getAccessories())));
    }

    private Optional<DealerReturn> byNumber(String number, boolean lock) {
        return search.byNumber(number, lock);
    }

    private DealerReturn existing(String number, boolean lock) {
        return byNumber(number, lock).orElseThrow(() -> new UnknownEntityException("DealerReturn", number));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(p -> p != null && !p.isBlank())
                .map(String::strip)
                .toList();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
