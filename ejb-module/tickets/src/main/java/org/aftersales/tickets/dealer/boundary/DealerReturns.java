package org.aftersales.tickets.dealer.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.customers.boundary.CustomerViews.CustomerView;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.dealer.DealerReturn;
import org.aftersales.domain.tickets.dealer.DealerReturn.DealerEntry;
import org.aftersales.domain.tickets.dealer.DealerReturn.ReceivingCheck;
import org.aftersales.domain.tickets.dealer.StageOrderException;
import org.aftersales.domain.tickets.dealer.Turnarounds;
import org.aftersales.numbering.boundary.DocumentNumbers;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnQuery;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnSummary;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnView;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DecisionInput;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DispositionInput;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.JudgementInput;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.NewDealerReturn;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.ReceivingInput;
import org.aftersales.tickets.dealer.control.DealerReturnSearch;
import org.aftersales.tickets.dealer.control.Dealers;
import org.aftersales.tickets.dealer.control.ReturnTickets;

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

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private DocumentNumbers numbers;

    @Inject
    private Dealers dealers;

    @Inject
    private ReturnTickets returnTickets;

    @Inject
    private SettingReader settings;

    @Inject
    private DealerReturnSearch search;

    @Inject
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
            dealer = dealers.dealer(request.dealerCustomerId(), request.dealerName());
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
        String ticketNumber = returnTickets.open(request, dealerId, number, department, now);
        DealerReturn created = new DealerReturn(number, department, ticketNumber, entry, allowed, today);
        em.persist(created);
        em.flush();
        return DealerReturnView.of(created, today);
    }

    /**
     * T7 items 9–10, T6: the unit arrived and was checked; its ticket records RECEIVED (goods log line
     * with the condition, pickup code). Only roles that may receive carry-in items (EventPermissions).
     */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN})
    public DealerReturnView receive(String number, ReceivingInput input) {
        Instant now = calendar.now();
        Instant at = input.receivedAt() == null ? now : input.receivedAt();
        Plausible.notInFuture("receivedAt", at, now).ifPresent(e -> {
            throw new RuleViolationException(e);
        });
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
        returnTickets.received(r, at);
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

    private Optional<DealerReturn> byNumber(String number, boolean lock) {
        return search.byNumber(number, lock);
    }

    private DealerReturn existing(String number, boolean lock) {
        return byNumber(number, lock).orElseThrow(() -> new UnknownEntityException("DealerReturn", number));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
