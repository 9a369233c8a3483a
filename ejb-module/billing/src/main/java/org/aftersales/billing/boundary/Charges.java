package org.aftersales.billing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.YearMonth;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.approvals.boundary.ApprovalViews.Submission;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.billing.boundary.BillingViews.ChargeView;
import org.aftersales.billing.boundary.BillingViews.PaymentInput;
import org.aftersales.billing.boundary.BillingViews.RefundInput;
import org.aftersales.billing.boundary.ChargeListing.ChargeQuery;
import org.aftersales.billing.boundary.ChargeListing.ChargeRow;
import org.aftersales.billing.control.BillingSearch;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.billing.Charge;
import org.aftersales.domain.billing.Quote;
import org.aftersales.domain.billing.Refund;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.numbering.boundary.DocumentNumbers;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.TicketService;

/**
 * 10.3 收费管理与监督: the charge (收费单, T10 number SF) of a ticket from its accepted quote; payments in
 * part or whole (the charge's row is locked, so concurrent payments keep the balance right; above the
 * balance → 422, nothing changes); refunds (W6) through an approval of kind REFUND, paid out once
 * approved ({@code control.RefundApprovals}).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class Charges {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Approvals approvals;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private DocumentNumbers numbers;

    @EJB
    private TicketService tickets;

    @Inject
    private BillingSearch search;

    /**
     * 10.3, B4: the charge of the ticket's accepted quote (or a declined quote's inspection fee),
     * traceable to it. No quote, one not accepted, nothing to pay, or a charge already made → 409.
     */
    @RolesAllowed({Roles.AGENT, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public ChargeView charge(String ticketNumber) {
        String customer = tickets.find(ticketNumber)
                .orElseThrow(() -> new UnknownEntityException("Ticket", ticketNumber))
                .customerName();
        // the quote's row lock puts two callers in order: the second finds the first's charge
        Quote quote = search.lockedQuote(ticketNumber)
                .orElseThrow(() -> new ConflictException("error.quoteNotAccepted", ticketNumber));
        search.chargeOfTicket(ticketNumber).ifPresent(c -> {
            throw new ConflictException("error.chargeExists", ticketNumber, c.getNumber());
        });
        quote.chargeable(); // 409 before a number is drawn
        Instant now = calendar.now();
        String number = numbers.next(
                        DocumentKind.CHARGE, quote.getDepartment(), YearMonth.from(now.atZone(calendar.zone())))
                .toString();
        Charge charge = Charge.of(number, quote, customer);
        em.persist(charge);
        em.flush();
        return ChargeView.of(charge);
    }

    /** 10.3: a payment in part or whole; above the balance, zero or negative → 422 and nothing changes. */
    public ChargeView pay(String number, @NotNull @Valid PaymentInput input) {
        Charge charge = locked(number);
        charge.pay(input.amount(), input.method(), Caller.of(context).name(), calendar.now());
        em.flush();
        return ChargeView.of(charge);
    }

    /** W6, B4: asks for a refund; it is paid out once approved (kind REFUND). */
    @RolesAllowed({Roles.AGENT, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public ChargeView refund(String number, @NotNull @Valid RefundInput input) {
        Charge charge = locked(number);
        Refund refund = charge.requestRefund(
                input.amount(), input.reason(), Caller.of(context).name(), calendar.now());
        em.flush();
        approvals.submit(new Submission(
                ApprovalKind.REFUND,
                charge.getDepartment(),
                refund.subject(),
                "退款 " + refund.getAmount().toPlainString() + " · " + charge.getTicketNumber() + " · "
                        + refund.getReason(),
                refund.getAmount())); // a chain that skips every step pays out at once
        return ChargeView.of(charge);
    }

    public ChargeView get(String number) {
        return ChargeView.of(search.charge(number).orElseThrow(() -> new UnknownEntityException("Charge", number)));
    }

    /** 10.3: the charges list (newest first), filtered as the screen asks; days in the department's zone. */
    @RolesAllowed({Roles.AGENT, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public PageResult<ChargeRow> list(ChargeQuery query, int first, int size) {
        ChargeQuery q = query == null ? new ChargeQuery(null, null, null, null, null) : query;
        PageResult<Charge> page =
                search.charges(q.number(), q.customer(), q.status(), q.from(), q.to(), calendar.zone(), first, size);
        return new PageResult<>(page.items().stream().map(ChargeRow::of).toList(), page.total());
    }

    /** The charge of a ticket, if one was made. */
    public java.util.Optional<ChargeView> ofTicket(String ticketNumber) {
        return search.chargeOfTicket(ticketNumber).map(ChargeView::of);
    }

    private Charge locked(String number) {
        return search.lockedCharge(number).orElseThrow(() -> new UnknownEntityException("Charge", number));
    }
}
