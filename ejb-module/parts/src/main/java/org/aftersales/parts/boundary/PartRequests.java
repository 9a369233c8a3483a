package org.aftersales.parts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.parts.PartRequest;
import org.aftersales.domain.parts.PartRequestLine;
import org.aftersales.domain.parts.PartRequestStatus;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.boundary.PartRequestViews.NewLine;
import org.aftersales.parts.boundary.PartRequestViews.NewRequest;
import org.aftersales.parts.boundary.PartRequestViews.RequestView;
import org.aftersales.parts.boundary.PartRequestViews.Usage;
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

    private static final int MAX_LINES = 50;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private TicketService tickets;

    @EJB
    private StockService stock;

    @EJB
    private Warehouse warehouse;

    @EJB
    private BusinessCalendar calendar;

    /** P4: a technician only for a ticket assigned to them (403 otherwise); managers for any. */
    @RolesAllowed({Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN})
    public RequestView request(NewRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String ticket = Text.optional(request.ticketNumber());
        TicketView view = null;
        if (ticket == null) {
            errors.add(FieldError.of("ticketNumber", "validation.required"));
        } else {
            view = tickets.find(ticket).orElse(null); // through the tickets context's boundary
            if (view == null) {
                errors.add(FieldError.of("ticketNumber", "validation.unknownTicket", ticket));
            }
        }
        String point = warehouse.servicePoint(errors, "servicePoint", request.servicePoint());
        if (request.note() != null && request.note().length() > 500) {
            errors.add(FieldError.of("note", "validation.tooLong"));
        }
        List<NewLine> lines = request.lines() == null ? List.of() : request.lines();
        if (lines.isEmpty() || lines.size() > MAX_LINES || lines.stream().anyMatch(Objects::isNull)) {
            errors.add(FieldError.of("lines", "validation.slipLines", MAX_LINES));
            lines = List.of();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            NewLine line = lines.get(i);
            String at = "lines[" + i + "].";
            if (line.partNumber() == null || line.partNumber().isBlank()) {
                errors.add(FieldError.of(at + "partNumber", "validation.required"));
            } else if (!seen.add(line.partNumber().strip())) {
                errors.add(FieldError.of(at + "partNumber", "validation.duplicatePart", line.partNumber()));
            } else {
                warehouse.part(errors, at + "partNumber", line.partNumber());
            }
            Plausible.positiveQuantity(at + "qty", line.qty()).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        if (!supervisor() && !caller().equals(view.technician())) {
            throw new EJBAccessException("Ticket " + ticket + " is not assigned to " + caller());
        }
        PartRequest r = new PartRequest(ticket, point, caller(), calendar.now(), Text.optional(request.note()));
        lines.forEach(l -> r.line(l.partNumber().strip(), l.qty()));
        em.persist(r);
        em.flush();
        return RequestView.of(r);
    }

    public RequestView find(long id) {
        return RequestView.of(existing(id, false));
    }

    /** P4: the requests of a ticket, or the warehouse's queue by status and service point; newest first. */
    public PageResult<RequestView> list(String ticketNumber, PartRequestStatus status, String servicePoint, int first,
            int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (ticketNumber != null && !ticketNumber.isBlank()) {
            where.append(" AND r.ticketNumber = :t");
            params.put("t", ticketNumber.strip());
        }
        if (status != null) {
            where.append(" AND r.status = :s");
            params.put("s", status);
        }
        if (servicePoint != null && !servicePoint.isBlank()) {
            where.append(" AND r.servicePoint = :sp");
            params.put("sp", servicePoint.strip().toUpperCase(Locale.ROOT));
        }
        var page = em.createQuery("SELECT r FROM PartRequest r" + where + " ORDER BY r.id DESC", PartRequest.class);
        var count = em.createQuery("SELECT COUNT(r) FROM PartRequest r" + where, Long.class);
        params.forEach((k, v) -> {
            page.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new PageResult<>(page.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(RequestView::of).toList(), count.getSingleResult());
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
    public RequestView issue(long id, String note) {
        PartRequest r = existing(id, true);
        if (!r.getStatus().open()) {
            throw new ConflictException("error.partRequestStatus", id, r.getStatus().name());
        }
        StockViews.SlipView slip = stock.issue(new StockViews.IssueRequest(r.getServicePoint(), r.getTicketNumber(),
                r.getRequestedBy(), note == null || note.isBlank() ? "备件申请 " + id : note.strip(),
                r.getLines().stream().map(l -> new StockViews.IssueLine(l.getPartNumber(), l.getRequested())).toList()));
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
    public RequestView reject(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(FieldError.of("reason", "validation.required"));
        }
        if (reason.strip().length() > 500) {
            throw new RuleViolationException(FieldError.of("reason", "validation.tooLong"));
        }
        PartRequest r = existing(id, true);
        decide(r, () -> r.reject(reason, caller(), calendar.now()));
        return RequestView.of(r);
    }

    /**
     * P4: used quantities and defective parts returned (with their disposition) of an issued request;
     * by the requesting technician or the warehouse and managers.
     */
    public RequestView usage(long id, List<Usage> usages) {
        if (usages == null || usages.isEmpty() || usages.stream().anyMatch(Objects::isNull)) {
            throw new RuleViolationException(FieldError.of("lines", "validation.required"));
        }
        PartRequest r = existing(id, true);
        if (!supervisor() && !context.isCallerInRole(Roles.WAREHOUSE) && !caller().equals(r.getRequestedBy())) {
            throw new EJBAccessException("Part request " + id + " is not " + caller() + "'s");
        }
        if (r.getStatus() != PartRequestStatus.ISSUED) {
            throw new ConflictException("error.partRequestStatus", id, r.getStatus().name());
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < usages.size(); i++) {
            Usage u = usages.get(i);
            String at = "lines[" + i + "].";
            PartRequestLine line = r.getLines().stream().filter(l -> l.getPartNumber().equals(u.partNumber()))
                    .findFirst().orElse(null);
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
        for (Usage u : usages) {
            r.usage(u.partNumber(), u.used() == null ? 0 : u.used(),
                    u.defectiveReturned() == null ? 0 : u.defectiveReturned(), u.disposition());
        }
        em.flush();
        return RequestView.of(r);
    }

    private void decide(PartRequest r, Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException e) { // P4: the status does not allow it
            throw new ConflictException("error.partRequestStatus", r.getId(), r.getStatus().name());
        }
        em.flush();
    }

    private PartRequest existing(long id, boolean lock) {
        PartRequest r = lock ? em.find(PartRequest.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(PartRequest.class, id);
        if (r == null) {
            throw new UnknownEntityException("PartRequest", id);
        }
        return r;
    }

    private boolean supervisor() {
        return context.isCallerInRole(Roles.MANAGER) || context.isCallerInRole(Roles.ADMIN);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

}
