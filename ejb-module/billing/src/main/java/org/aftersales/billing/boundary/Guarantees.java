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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.billing.boundary.BillingViews.ChargeView;
import org.aftersales.billing.boundary.BillingViews.RefundInput;
import org.aftersales.billing.boundary.BillingViews.RefundView;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.GuaranteeDecision;
import org.aftersales.domain.billing.GuaranteeRemedy;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.parts.boundary.StockViews.IssueLine;
import org.aftersales.parts.boundary.StockViews.IssueRequest;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.TicketService;

/**
 * W6 三包: when a repair does not satisfy the customer, a manager records the decision — repair again,
 * replace, refund — with its reason (the manager's decision is its approval). A replacement issues the
 * new unit to the ticket through the parts context's stock path (an outbound slip); a refund asks for
 * the money back on the ticket's charge through a REFUND approval.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class Guarantees {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private TicketService tickets;

    @EJB
    private StockService stock;

    @EJB
    private Charges charges;

    /**
     * A decision: REPLACE names the service point and the part number of the new unit; REFUND may name
     * the amount (default: everything received and not refunded yet).
     */
    public record GuaranteeInput(
            @NotNull GuaranteeRemedy remedy,
            @NotBlank @Size(max = 500) String reason,
            @Size(max = 16) String servicePoint,
            @Size(max = 64) String partNumber,
            BigDecimal amount)
            implements Serializable {}

    public record GuaranteeView(
            long id,
            GuaranteeRemedy remedy,
            String reason,
            String approvedBy,
            Instant decidedAt,
            String slipNumber,
            String refundSubject)
            implements Serializable {
        static GuaranteeView of(GuaranteeDecision d) {
            return new GuaranteeView(
                    d.getId(),
                    d.getRemedy(),
                    d.getReason(),
                    d.getApprovedBy(),
                    d.getDecidedAt(),
                    d.getSlipNumber(),
                    d.getRefundSubject());
        }
    }

    /** The ticket's W6 decisions, oldest first. */
    public List<GuaranteeView> list(String number) {
        tickets.find(number).orElseThrow(() -> new UnknownEntityException("Ticket", number));
        return decisions(number).stream().map(GuaranteeView::of).toList();
    }

    /** W6: records the decision (MANAGER); order repair → replace → refund (409 when it goes back). */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public List<GuaranteeView> decide(String number, @NotNull @Valid GuaranteeInput input) {
        tickets.find(number).orElseThrow(() -> new UnknownEntityException("Ticket", number));
        Caller who = Caller.of(context);
        GuaranteeDecision decision = GuaranteeDecision.next(
                decisions(number), number, input.remedy(), input.reason(), who.name(), calendar.now());
        switch (input.remedy()) {
            case REPLACE -> decision.replacedBy(replace(number, input));
            case REFUND -> decision.refundAsked(refund(number, input));
            case REPAIR -> {
                // the repair goes on under the ticket
            }
        }
        em.persist(decision);
        em.flush();
        return list(number);
    }

    /** W6 replace: the new unit leaves stock on an outbound slip to the ticket (the parts context's boundary). */
    private String replace(String number, GuaranteeInput input) {
        if (input.servicePoint() == null || input.servicePoint().isBlank()) {
            throw new RuleViolationException(FieldError.of("servicePoint", "validation.required"));
        }
        if (input.partNumber() == null || input.partNumber().isBlank()) {
            throw new RuleViolationException(FieldError.of("partNumber", "validation.required"));
        }
        return stock.issue(new IssueRequest(
                        input.servicePoint().strip(),
                        number,
                        null,
                        "三包更换 " + number,
                        List.of(new IssueLine(input.partNumber().strip(), 1))))
                .number();
    }

    /** W6 refund: on the ticket's charge, through a REFUND approval; the approval's subject. */
    private String refund(String number, GuaranteeInput input) {
        ChargeView charge =
                charges.ofTicket(number).orElseThrow(() -> new ConflictException("error.guaranteeNoCharge", number));
        BigDecimal amount =
                input.amount() != null ? input.amount() : charge.paid().subtract(charge.refunded());
        ChargeView after = charges.refund(
                charge.number(),
                new RefundInput(amount, "三包退货 · " + input.reason().strip()));
        List<RefundView> refunds = after.refunds();
        return refunds.get(refunds.size() - 1).subject();
    }

    private List<GuaranteeDecision> decisions(String number) {
        return em.createNamedQuery("GuaranteeDecision.ofTicket", GuaranteeDecision.class)
                .setParameter("ticket", number)
                .getResultList();
    }
}
