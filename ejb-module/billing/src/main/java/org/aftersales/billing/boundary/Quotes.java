package org.aftersales.billing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.approvals.boundary.ApprovalViews.Submission;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.billing.boundary.BillingViews.AcceptanceInput;
import org.aftersales.billing.boundary.BillingViews.QuoteInput;
import org.aftersales.billing.boundary.BillingViews.QuoteView;
import org.aftersales.billing.control.BillingSearch;
import org.aftersales.billing.control.InForceSchedule;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.billing.Cents;
import org.aftersales.domain.billing.DiscountPolicy;
import org.aftersales.domain.billing.FeeSchedule;
import org.aftersales.domain.billing.Payer;
import org.aftersales.domain.billing.Quote;
import org.aftersales.domain.billing.QuotePricing;
import org.aftersales.domain.billing.QuoteState;
import org.aftersales.domain.billing.TravelBand;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.TicketFacts;

/**
 * B2, B3, B4 维修报价: the quote of a ticket — typed, or made from its records (parts issued at issue
 * cost, hours × the rate in force, the travel band of its distance plus the on-site fee, tax) — with
 * the fee schedule version it used; free to the customer under warranty; a discount above the setting
 * {@value #DISCOUNT_APPROVAL_ABOVE} waits for approval (kind DISCOUNT) before the customer can accept;
 * accepted by signature or phone consent, or declined (the ticket is cancelled, the inspection fee stays).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class Quotes {

    public static final String DISCOUNT_APPROVAL_ABOVE = "billing.discount-approval-above";
    /** A clock skew tolerated for the time of a phone consent. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Approvals approvals;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private SettingReader settings;

    @EJB
    private TicketService tickets;

    @EJB
    private StockService stock;

    @Inject
    private BillingSearch search;

    @EJB
    private InForceSchedule inForce;

    /**
     * B2: makes or re-makes the ticket's quote with the schedule in force today. A final ticket
     * (cancelled, closed) → 409; a quote accepted, declined or awaiting approval → 409.
     */
    public QuoteView quote(String number, @NotNull @Valid QuoteInput input) {
        Caller who = Caller.of(context);
        TicketFacts ticket = ticket(number, who);
        if (ticket.status().isFinal()) {
            throw new ConflictException(
                    "error.quoteTicketFinal", number, ticket.status().name());
        }
        FeeSchedule schedule = // B1, kept between quotes until a version is approved (issue 13)
                inForce.on(calendar.today()).orElseThrow(() -> new ConflictException("error.noFeeSchedule"));
        Payer payer = Payer.of(ticket.entitlement()); // B3
        QuotePricing.Rates rates = new QuotePricing.Rates(schedule.getTaxRate(), schedule.getMarkup());
        QuotePricing.Policy policy = policy(input.policy());
        QuotePricing.Priced priced = input.typed()
                ? QuotePricing.typed(
                        new QuotePricing.Typed(input.materials(), input.labour(), input.travel(), input.tax()),
                        rates,
                        policy,
                        input.discount(),
                        payer)
                : QuotePricing.computed(work(ticket, schedule), rates, policy, input.discount(), payer);
        Optional<Quote> existing = search.lockedQuote(number);
        Quote quote = existing.orElseGet(() -> new Quote(number, ticket.department()));
        boolean needsApproval =
                input.discount() != null && Cents.of(input.discount()).compareTo(approvalAbove()) > 0;
        quote.price(
                priced,
                schedule.getScheduleVersion(),
                input.discountReason(),
                needsApproval,
                who.name(),
                calendar.now());
        quote.payerBecause(payerReason(ticket)); // W4: the customer sees why before agreeing
        if (existing.isEmpty()) {
            em.persist(quote);
        }
        em.flush();
        if (quote.getState() == QuoteState.AWAITING_APPROVAL) { // B4
            approvals.submit(new Submission(
                    ApprovalKind.DISCOUNT,
                    quote.getDepartment(),
                    number,
                    "优惠 " + quote.getDiscount().toPlainString() + " · " + quote.getDiscountReason(),
                    quote.getDiscount()));
        }
        return QuoteView.of(quote);
    }

    /** B3: the customer agrees. Awaiting approval, accepted or declined already → 409. */
    public QuoteView accept(String number, @NotNull @Valid AcceptanceInput input) {
        Caller who = Caller.of(context);
        ticket(number, who);
        Instant now = calendar.now();
        Instant at = input.at() == null ? now : input.at();
        if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new RuleViolationException(FieldError.of("at", "validation.notInFuture"));
        }
        Quote quote = search.lockedQuote(number).orElseThrow(() -> new UnknownEntityException("Quote", number));
        quote.accept(input.method(), input.by(), at, who.name(), input.signature());
        em.flush();
        return QuoteView.of(quote);
    }

    /**
     * B3: the customer declines: the quote is DECLINED with the inspection fee of its schedule (paid
     * service only) and the ticket is cancelled with the reason.
     */
    public QuoteView decline(String number, @NotBlank @Size(max = 500) String reason) {
        Caller who = Caller.of(context);
        ticket(number, who);
        Quote quote = search.lockedQuote(number).orElseThrow(() -> new UnknownEntityException("Quote", number));
        BigDecimal fee = search.schedule(quote.getFeeScheduleVersion())
                .map(FeeSchedule::getInspectionFee)
                .orElse(Cents.ZERO);
        quote.decline(reason.strip(), fee, calendar.now());
        em.flush();
        tickets.cancelForDeclinedQuote(number, reason.strip());
        return QuoteView.of(quote);
    }

    /**
     * B2, B3: what the customer pays by the ticket's agreed quote (0.00 under warranty) for the forms
     * that print it (维修记录单): empty when there is no agreed quote yet, or when the caller may not see
     * the ticket's charges ({@link #mayView}).
     */
    @PermitAll
    public Optional<BigDecimal> customerPays(String number) {
        if (!mayView(number)) {
            return Optional.empty();
        }
        return search.quote(number)
                .map(QuoteView::of)
                .filter(q -> q.state() == QuoteState.ACCEPTED
                        || (q.payer() != Payer.CUSTOMER && q.state() != QuoteState.DECLINED))
                .map(QuoteView::customerPays);
    }

    /**
     * Whether the caller may see the ticket's quote and charges: one of this boundary's roles, and for
     * a technician only on the tickets assigned to them (T8). An unknown ticket: false.
     */
    @PermitAll
    public boolean mayView(String number) {
        if (READERS.stream().noneMatch(context::isCallerInRole)) {
            return false;
        }
        try {
            ticket(number, Caller.of(context));
            return true;
        } catch (UnknownEntityException | EJBAccessException e) {
            return false;
        }
    }

    /** The roles of this boundary (its {@code @RolesAllowed}), the one list of who sees quotes. */
    private static final java.util.List<String> READERS =
            java.util.List.of(Quotes.class.getAnnotation(RolesAllowed.class).value());

    public QuoteView get(String number) {
        ticket(number, Caller.of(context));
        return QuoteView.of(search.quote(number).orElseThrow(() -> new UnknownEntityException("Quote", number)));
    }

    /** B3: the customer's signature on the quote, if it was signed. */
    public Optional<byte[]> signature(String number) {
        ticket(number, Caller.of(context));
        return search.quote(number).map(Quote::getSignaturePng);
    }

    /** B2 from the ticket's records, through the tickets and parts contexts' boundaries. */
    private QuotePricing.Work work(TicketFacts ticket, FeeSchedule schedule) {
        BigDecimal hours = ticket.hours() == null ? BigDecimal.ZERO : ticket.hours();
        BigDecimal rate =
                schedule.labourRate(ticket.kind(), ticket.faultLevel()).orElse(null);
        if (rate == null && hours.signum() > 0) {
            throw new ConflictException(
                    "error.noLabourRate",
                    schedule.getScheduleVersion(),
                    ticket.kind().name(),
                    ticket.faultLevel().name());
        }
        Optional<TravelBand> band = schedule.band(ticket.distanceKm());
        boolean onSite = !ticket.kind().isCarryIn() && !ticket.kind().isRemote();
        return new QuotePricing.Work(
                stock.issuedToTicket(ticket.number()).stream()
                        .map(p -> new QuotePricing.Material(p.partNumber(), p.quantity(), p.amount()))
                        .toList(),
                hours,
                rate,
                ticket.distanceKm(),
                band.map(TravelBand::getUpToKm).orElse(null),
                band.map(TravelBand::getFee).orElse(null),
                onSite ? schedule.getOnSiteFee() : null);
    }

    /** The ticket (404 when unknown); a technician quotes only on the tickets assigned to them (T8). */
    private TicketFacts ticket(String number, Caller who) {
        TicketFacts ticket = tickets.facts(number).orElseThrow(() -> new UnknownEntityException("Ticket", number));
        if (!who.isAny(Role.AGENT, Role.DISPATCHER, Role.FINANCE, Role.MANAGER)
                && !who.name().equals(ticket.technician())) {
            throw new EJBAccessException("Ticket " + number + " is not assigned to " + who.name());
        }
        return ticket;
    }

    /** B4: the discount policy named (null: none); unknown → 422, not in force today → 409. */
    private QuotePricing.Policy policy(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        DiscountPolicy found = em.find(DiscountPolicy.class, code.strip());
        if (found == null) {
            throw new RuleViolationException(FieldError.of("policy", "validation.unknownPolicy", code.strip()));
        }
        if (!found.inForce(calendar.today())) {
            throw new ConflictException("error.policyNotInForce", found.getCode());
        }
        return new QuotePricing.Policy(found.getCode(), found.getName(), found.getPercent(), found.getAmount());
    }

    /** W4, B3: the ticket's entitlement reason as stored ({@code key|arg|…}), null when it has none. */
    private static String payerReason(TicketFacts ticket) {
        if (ticket.entitlementReasonKey() == null) {
            return null;
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(ticket.entitlementReasonKey());
        parts.addAll(ticket.entitlementReasonArgs());
        return String.join("|", parts);
    }

    /** B4: the setting; an unreadable value counts as 0 (every discount is approved). */
    private BigDecimal approvalAbove() {
        try {
            return new BigDecimal(settings.text(DISCOUNT_APPROVAL_ABOVE, "0").strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
