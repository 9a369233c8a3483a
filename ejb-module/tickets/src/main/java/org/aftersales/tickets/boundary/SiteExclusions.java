package org.aftersales.tickets.boundary;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.approvals.boundary.ApprovalViews.Submission;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.customers.warranty.Exclusion;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.EntitlementReassessment;
import org.aftersales.domain.tickets.GoodwillState;
import org.aftersales.domain.tickets.SiteExclusion;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.control.CustomerNotices;
import org.aftersales.tickets.control.EventChecks;
import org.aftersales.tickets.control.SiteExclusionRecords;
import org.aftersales.tickets.control.TicketReader;

/**
 * W4, B3: who pays can change at diagnosis. The technician records an exclusion found on site (from
 * the W4 list, with a note or a photo); the ticket's entitlement is re-assessed at once with the
 * reason, so the quote made afterwards has the new payer and shows why (the customer agrees to it
 * before any paid work, B3). A manager may waive an exclusion as a goodwill exception (approval kind
 * WARRANTY_EXCEPTION, {@code WarrantyExceptionApprovals}).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class SiteExclusions {

    /** The largest photo taken with a phone that is kept (bytes). */
    public static final int MAX_PHOTO_BYTES = 4 * 1024 * 1024;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private Approvals approvals;

    @Inject
    private TicketReader tickets;

    @Inject
    private EventChecks checks;

    @Inject
    private SiteExclusionRecords records;

    @Inject
    private CustomerNotices notices;

    /** What the technician found. */
    public record ExclusionInput(
            @NotNull Exclusion exclusion,
            @Size(max = 1000) String note,
            @Size(max = MAX_PHOTO_BYTES) byte[] photo) implements Serializable {}

    /** An exclusion found on site, and the goodwill exception asked for it. */
    public record ExclusionView(
            long id,
            Exclusion exclusion,
            String note,
            boolean photo,
            String recordedBy,
            Instant recordedAt,
            GoodwillState goodwill,
            String goodwillReason,
            String goodwillDecidedBy,
            Instant goodwillDecidedAt,
            Instant customerToldAt,
            String customerToldTo)
            implements Serializable {
        static ExclusionView of(SiteExclusion x) {
            return new ExclusionView(
                    x.getId(),
                    x.getExclusion(),
                    x.getNote(),
                    x.isHasPhoto(),
                    x.getRecordedBy(),
                    x.getRecordedAt(),
                    x.getGoodwill(),
                    x.getGoodwillReason(),
                    x.getGoodwillDecidedBy(),
                    x.getGoodwillDecidedAt(),
                    x.getCustomerToldAt(),
                    x.getCustomerToldTo());
        }
    }

    /** The ticket's exclusions with who pays now and why (a reason {@code key|arg|…}). */
    public record Findings(
            String ticketNumber, Entitlement entitlement, String entitlementReason, List<ExclusionView> exclusions)
            implements Serializable {}

    public Findings list(String number) {
        Ticket ticket = tickets.existing(number, Caller.of(context));
        return findings(ticket);
    }

    /**
     * W4: records an exclusion found on site and re-assesses who pays. The technician of the ticket, or
     * a dispatcher, agent or manager; a final ticket → 409; neither note nor photo → 422.
     */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN})
    public Findings record(String number, @NotNull @Valid ExclusionInput input) {
        Caller who = Caller.of(context);
        Ticket ticket = tickets.existing(number, who);
        checks.assignedOrSupervisor(ticket, who, Role.AGENT, Role.DISPATCHER, Role.MANAGER);
        ticket = tickets.locked(number);
        List<SiteExclusion> earlier = records.ofTicket(number);
        EntitlementReassessment.Outcome base = earlier.isEmpty()
                ? new EntitlementReassessment.Outcome(ticket.getEntitlement(), ticket.getEntitlementReason())
                : earlier.get(0).base();
        SiteExclusion found = new SiteExclusion(
                number, input.exclusion(), input.note(), input.photo(), who.name(), calendar.now(), base);
        if (ticket.getStatus().isFinal()) {
            throw new ConflictException("error.ticketFinal", number);
        }
        Entitlement before = ticket.getEntitlement();
        em.persist(found);
        em.flush();
        records.reassess(ticket);
        if (before != Entitlement.PAID && ticket.getEntitlement() == Entitlement.PAID) {
            // W4, B3: the customer is told why before any paid work (the quote follows)
            List<SiteExclusion> standing = records.ofTicket(number).stream()
                    .filter(x -> !x.found().waived())
                    .toList();
            notices.paidAfterExclusion(ticket, standing, found).ifPresent(to -> found.customerTold(to, calendar.now()));
            em.flush();
        }
        return findings(ticket);
    }

    /** W4: asks a manager to waive the exclusion as a goodwill exception (approval kind WARRANTY_EXCEPTION). */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN})
    public Findings requestGoodwill(String number, long id, @NotBlank @Size(max = 500) String reason) {
        Caller who = Caller.of(context);
        Ticket ticket = tickets.existing(number, who);
        checks.assignedOrSupervisor(ticket, who, Role.AGENT, Role.DISPATCHER, Role.MANAGER);
        SiteExclusion exclusion =
                records.locked(number, id).orElseThrow(() -> new UnknownEntityException("SiteExclusion", id));
        exclusion.requestGoodwill(reason, who.name());
        em.flush();
        approvals.submit(new Submission(
                ApprovalKind.WARRANTY_EXCEPTION,
                ticket.getDepartment(),
                exclusion.subject(),
                "保修特批 " + number + " · " + exclusion.getGoodwillReason(),
                null)); // a chain that skips every step grants it at once
        return findings(tickets.existing(number, who));
    }

    /** W4: the photo taken on site, if one was. */
    public Optional<byte[]> photo(String number, long id) {
        tickets.existing(number, Caller.of(context));
        return records.ofTicket(number).stream()
                .filter(x -> x.getId() == id && x.isHasPhoto())
                .findFirst()
                .map(SiteExclusion::getPhoto);
    }

    private Findings findings(Ticket ticket) {
        return new Findings(
                ticket.getNumber(),
                ticket.getEntitlement(),
                ticket.getEntitlementReason(),
                records.ofTicket(ticket.getNumber()).stream()
                        .map(ExclusionView::of)
                        .toList());
    }
}
