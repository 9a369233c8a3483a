package org.aftersales.quality.boundary;

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
import java.util.ArrayList;
import java.util.List;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.approvals.boundary.ApprovalViews.Submission;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.customers.boundary.CustomerService;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.quality.Complaint;
import org.aftersales.domain.quality.ComplaintChannel;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.QualityViews.ComplaintFilter;
import org.aftersales.quality.boundary.QualityViews.ComplaintStep;
import org.aftersales.quality.boundary.QualityViews.ComplaintSummary;
import org.aftersales.quality.boundary.QualityViews.ComplaintView;
import org.aftersales.quality.boundary.QualityViews.NewComplaint;
import org.aftersales.quality.control.ComplaintIntake;
import org.aftersales.quality.control.QualitySearch;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.TicketView;

/**
 * 客户投诉处理报告单 (Q1, Q2): complaints taken by the desk or the API with the reply promised to the
 * customer, linked to the customer, serial and ticket (and the ticket's technician); the flow to the
 * archive with the reply signed off through an approval of kind COMPLAINT_REPLY
 * ({@code control.ComplaintReplyApprovals}). A partner's system (issue 10.1) files complaints through
 * channel PARTNER_API about its own customers, products and tickets only (another's are unknown to it,
 * as they are to its tickets) and reads only the complaints it filed; it never moves them.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
public class Complaints {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Approvals approvals;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private TicketService tickets;

    @EJB
    private ProductService products;

    @EJB
    private CustomerService customers;

    @EJB
    private UserService users;

    @Inject
    private ComplaintIntake intake;

    @Inject
    private QualitySearch search;

    /**
     * Q1: takes a complaint → its number, ACCEPTED, the reply promised ({@code replyBy}). The ticket,
     * serial and customer named must exist (422 beside the field); the ticket fills in what is missing
     * (customer, serial, technician) and gives its department.
     */
    public ComplaintView accept(@NotNull @Valid NewComplaint in) {
        Caller who = Caller.of(context);
        boolean partner = who.partner().isPresent();
        List<FieldError> errors = new ArrayList<>();
        if (partner && !given(in.ticketNumber()) && !given(in.serialNumber()) && in.customerId() == null) {
            // a partner complains about one of its own customers, products or tickets, never about nobody
            errors.add(FieldError.of("customerId", "validation.required"));
        }
        TicketView ticket = null;
        if (given(in.ticketNumber())) {
            ticket = tickets.find(in.ticketNumber().strip()).orElse(null);
            if (ticket == null) {
                errors.add(FieldError.of("ticketNumber", "validation.unknownTicket", in.ticketNumber()));
            }
        }
        ProductView product = null;
        if (given(in.serialNumber())) {
            product = products.find(in.serialNumber().strip()).orElse(null);
            if (product == null) {
                errors.add(FieldError.of("serialNumber", "validation.unknownSerial", in.serialNumber()));
            }
        }
        if (in.customerId() != null && customers.find(in.customerId()).isEmpty()) {
            errors.add(FieldError.of("customerId", "validation.unknownCustomer", in.customerId()));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Long customerId = in.customerId() != null
                ? in.customerId()
                : ticket != null ? Long.valueOf(ticket.customerId()) : product != null ? product.customerId() : null;
        String serial = product != null ? product.serialNumber() : ticket != null ? ticket.serialNumber() : null;
        Complaint complaint = intake.accept(
                new ComplaintIntake.Intake(
                        ticket == null ? null : ticket.department(),
                        partner ? ComplaintChannel.PARTNER_API : in.channel(),
                        in.category(),
                        in.severity(),
                        in.description(),
                        new Complaint.Links(
                                customerId,
                                serial,
                                ticket == null ? null : ticket.number(),
                                ticket == null ? null : ticket.technician())),
                who.name());
        return ComplaintView.of(complaint);
    }

    /**
     * Q2: one step of the flow. An illegal step, or any while the reply waits for approval → 409 and
     * nothing changes; REPLIED submits the reply for approval (kind COMPLAINT_REPLY) — the complaint
     * stays SOLVED until it is approved (a chain that skips every step approves at once).
     */
    @RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
    public ComplaintView record(String number, @NotNull @Valid ComplaintStep step) {
        Complaint complaint =
                search.lockedComplaint(number).orElseThrow(() -> new UnknownEntityException("Complaint", number));
        if (given(step.owner()) && users.staffMember(step.owner().strip()).isEmpty()) {
            throw new RuleViolationException(FieldError.of("owner", "validation.unknownUser", step.owner()));
        }
        boolean submit = complaint.record(
                new Complaint.Step(
                        step.type(),
                        step.note(),
                        step.owner(),
                        step.department(),
                        step.replyMethod(),
                        step.customerReaction(),
                        step.category(),
                        step.severity()),
                Caller.of(context).name(),
                calendar.now());
        em.flush();
        if (submit) {
            approvals.submit(new Submission(
                    ApprovalKind.COMPLAINT_REPLY,
                    complaint.getDepartment(),
                    complaint.subject(),
                    summary("投诉回复 " + complaint.getNumber() + " · " + complaint.getCustomerReaction()),
                    null));
        }
        return ComplaintView.of(complaint);
    }

    public ComplaintView get(String number) {
        java.util.Optional<String> partner = Caller.of(context).partner();
        return ComplaintView.of(search.complaint(number)
                .filter(c -> partner.isEmpty()
                        || (c.getChannel() == ComplaintChannel.PARTNER_API
                                && partner.get().equals(c.getAcceptedBy())))
                .orElseThrow(() -> new UnknownEntityException("Complaint", number)));
    }

    /** Q2: the complaints by state, severity, overdue, ticket or serial, newest first, one page. */
    public PageResult<ComplaintSummary> list(@NotNull ComplaintFilter filter, int first, int size) {
        PageResult<Complaint> page =
                search.complaints(filter, Caller.of(context).partner(), calendar.now(), first, size);
        return new PageResult<>(page.items().stream().map(ComplaintSummary::of).toList(), page.total());
    }

    private static String summary(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
