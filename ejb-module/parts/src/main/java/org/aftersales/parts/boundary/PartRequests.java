package org.aftersales.parts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.parts.PartRequest;
import org.aftersales.domain.parts.PartRequestLine;
import org.aftersales.domain.parts.PartRequestStatus;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.boundary.PartRequestViews.NewRequest;
import org.aftersales.parts.boundary.PartRequestViews.RequestView;
import org.aftersales.parts.boundary.PartRequestViews.Usage;
import org.aftersales.parts.control.PartRequestSearch;
import org.aftersales.parts.control.Warehouse;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.TicketService;
import org.aftersales.tickets.boundary.TicketViews.TicketView;

/**
 * P4: part requests (备件申请). A technician asks for parts for a ticket assigned to them; the
 * warehouse issues them through {@link StockService#issue} (the outbound slip names the ticket and
 * the request keeps the slip's number), marks them to buy, or rejects with a reason. The technician
 * then records what was used and the defective parts returned with their disposition — a defective
 * part is not good stock, so no ledger line adds it back.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER})
public class PartRequests {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private TicketService tickets;

    @EJB
    private StockService stock;

    @Inject
    private PartRequestSearch search;

    @Inject
    private BusinessCalendar calendar;

    /** P4: a technician only for a ticket assigned to them (403 otherwise); managers for any. */
    @RolesAllowed({Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN})
    public RequestView request(@Valid NewRequest request) {
        String ticket = request.ticketNumber().strip();
        TicketView view = tickets.find(ticket).orElseThrow(); // known: checked by the request's constraints
        if (!supervisor() && !caller().equals(view.technician())) {
            throw new EJBAccessException("Ticket " + ticket + " is not assigned to " + caller());
        }
        PartRequest r = new PartRequest(
                ticket,
                Warehouse.code(request.servicePoint()),
                caller(),
                calendar.now(),
                Text.optional(request.note()));
        request.lines().forEach(l -> r.line(l.partNumber().strip(), l.qty()));
        em.persist(r);
        em.flush();
        return RequestView.of(r);
    }

    public RequestView find(long id) {
        return RequestView.of(existing(id, false));
    }

    /** P4: the requests of a ticket, or the warehouse's queue by status and service point; newest first. */
    public PageResult<RequestView> list(
            String ticketNumber, PartRequestStatus status, String servicePoint, int first, int size) {
        PageResult<PartRequest> page = search.requests(ticketNumber, status, servicePoint, first, size);
        return new PageResult<>(page.items().stream().map(RequestView::of).toList(), page.total());
    }

    /** P4: REQUESTED → APPROVED. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public RequestView approve(long id) {
        PartRequest r = existing(id, true);
        decide(r, () -> r.approve(caller(), calendar.now()));
        return RequestView.of(r);
    }

    /**
     * P3, P4: issues every line from the request's service point on one outbound slip for the ticket;
     * not enough stock → 409 and nothing is issued. A TO_BUY request is issued the same way once bought.
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public RequestView issue(long id, @Size(max = 500) String note) {
        PartRequest r = existing(id, true);
        if (!r.getStatus().open()) {
            throw new ConflictException(
                    "error.partRequestStatus", id, r.getStatus().name());
        }
        StockViews.SlipView slip = stock.issue(new StockViews.IssueRequest(
                r.getServicePoint(),
                r.getTicketNumber(),
                r.getRequestedBy(),
                note == null || note.isBlank() ? "备件申请 " + id : note.strip(),
                r.getLines().stream()
                        .map(l -> new StockViews.IssueLine(l.getPartNumber(), l.getRequested()))
                        .toList()));
        decide(r, () -> r.issued(slip.number(), caller(), calendar.now()));
        return RequestView.of(r);
    }

    /** P4: not in stock: to buy (the named lines, or all). */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public RequestView toBuy(long id, List<String> partNumbers) {
        PartRequest r = existing(id, true);
        decide(r, () -> r.toBuy(partNumbers == null ? List.of() : partNumbers, caller(), calendar.now()));
        return RequestView.of(r);
    }

    /** P4: refused, with the reason (required). */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public RequestView reject(long id, @NotBlank @Size(max = 500) String reason) {
        PartRequest r = existing(id, true);
        decide(r, () -> r.reject(reason, caller(), calendar.now()));
        return RequestView.of(r);
    }

    /**
     * P4: used quantities and defective parts returned (with their disposition) of an issued request;
     * by the requesting technician or the warehouse and managers.
     */
    public RequestView usage(long id, @NotEmpty List<@NotNull Usage> lines) {
        PartRequest r = existing(id, true);
        if (!Caller.of(context).isAny(Role.MANAGER, Role.WAREHOUSE) && !caller().equals(r.getRequestedBy())) {
            throw new EJBAccessException("Part request " + id + " is not " + caller() + "'s");
        }
        if (r.getStatus() != PartRequestStatus.ISSUED) {
            throw new ConflictException(
                    "error.partRequestStatus", id, r.getStatus().name());
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Usage u = lines.get(i);
            String at = "lines[" + i + "].";
            PartRequestLine line = r.getLines().stream()
                    .filter(l -> l.getPartNumber().equals(u.partNumber()))
                    .findFirst()
                    .orElse(null);
            if (line == null) {
                errors.add(FieldError.of(at + "partNumber", "validation.notRequested", u.partNumber()));
                continue;
            }
            int used = u.used() == null ? 0 : u.used();
            int defective = u.defectiveReturned() == null ? 0 : u.defectiveReturned();
            if (used < 0 || used > line.getIssued()) {
                errors.add(FieldError.of(at + "used", "validation.usedQty", line.getIssued()));
            } else if (defective < 0 || defective > used) {
                errors.add(FieldError.of(at + "defectiveReturned", "validation.defectiveQty", used));
            } else if (defective > 0 && u.disposition() == null) {
                errors.add(FieldError.of(at + "disposition", "validation.required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        for (Usage u : lines) {
            r.usage(
                    u.partNumber(),
                    u.used() == null ? 0 : u.used(),
                    u.defectiveReturned() == null ? 0 : u.defectiveReturned(),
                    u.disposition());
        }
        em.flush();
        return RequestView.of(r);
    }

    /** P4: a decision the request's status allows (409 otherwise, raised by the request). */
    private void decide(PartRequest r, Runnable change) {
        change.run();
        em.flush();
    }

    private PartRequest existing(long id, boolean lock) {
        PartRequest r =
                lock ? em.find(PartRequest.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(PartRequest.class, id);
        if (r == null) {
            throw new UnknownEntityException("PartRequest", id);
        }
        return r;
    }

    private boolean supervisor() {
        return Caller.of(context).isAny(Role.MANAGER); // ADMIN counts
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
