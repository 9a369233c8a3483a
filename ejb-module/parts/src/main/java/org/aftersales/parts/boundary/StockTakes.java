package org.aftersales.parts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.parts.InsufficientStockException;
import org.aftersales.domain.parts.Part;
import org.aftersales.domain.parts.ServicePoint;
import org.aftersales.domain.parts.StockLevel;
import org.aftersales.domain.parts.StockMovement;
import org.aftersales.domain.parts.StockTake;
import org.aftersales.domain.parts.StockTakeLine;
import org.aftersales.domain.parts.StockTakeStatus;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.boundary.StockTakeViews.Count;
import org.aftersales.parts.boundary.StockTakeViews.LineView;
import org.aftersales.parts.boundary.StockTakeViews.NewStockTake;
import org.aftersales.parts.boundary.StockTakeViews.StockTakeView;
import org.aftersales.parts.control.StockLevels;
import org.aftersales.parts.control.StockLevels.Key;
import org.aftersales.parts.control.Warehouse;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * P6: stock-takes (盘点). Starting one takes the book quantity of every part at the service point
 * (or of those whose number starts with a prefix); the keepers enter the counts, also of parts
 * found that were not on the list; they submit when every line is counted; a manager other than
 * the submitter approves, and the differences (counted − book) are posted to the ledger as
 * ADJUSTMENT_GAIN / ADJUSTMENT_LOSS lines under the stock-take's number — all or nothing (a loss
 * larger than what is now on hand → 409, nothing posted) — or rejects them for a recount. One
 * stock-take at a time per service point.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.FINANCE})
public class StockTakes {

    /** Which lines to list. */
    public enum LineFilter { ALL, UNCOUNTED, DIFFERENCES }

    private static final int MAX_COUNTS = 500;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private StockLevels levels;

    @EJB
    private Warehouse warehouse;

    @EJB
    private BusinessCalendar calendar;

    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockTakeView start(NewStockTake request) {
        List<FieldError> errors = new ArrayList<>();
        String point = warehouse.servicePoint(errors, "servicePoint", request.servicePoint());
        String prefix = Text.optional(request.partPrefix());
        if (prefix != null && prefix.length() > 40) {
            errors.add(FieldError.of("partPrefix", "validation.tooLong"));
        }
        if (request.note() != null && request.note().length() > 500) {
            errors.add(FieldError.of("note", "validation.tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        // one at a time per service point: starters queue on the service point's row
        em.createQuery("SELECT s FROM ServicePoint s WHERE s.code = :c", ServicePoint.class).setParameter("c", point)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        List<String> open = em.createQuery("SELECT t.number FROM StockTake t WHERE t.servicePoint = :sp"
                + " AND t.status IN :open", String.class).setParameter("sp", point)
                .setParameter("open", List.of(StockTakeStatus.COUNTING, StockTakeStatus.SUBMITTED)).getResultList();
        if (!open.isEmpty()) {
            throw new ConflictException("error.stockTakeOpen", point, open.get(0));
        }
        var books = em.createQuery("SELECT s.partNumber, s.onHand FROM StockLevel s WHERE s.servicePoint = :sp"
                + (prefix == null ? "" : " AND s.partNumber LIKE :prefix ESCAPE '\\'") + " ORDER BY s.partNumber",
                Object[].class).setParameter("sp", point);
        if (prefix != null) {
            books.setParameter("prefix", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        List<Object[]> rows = books.getResultList();
        if (rows.isEmpty()) {
            throw new RuleViolationException(FieldError.of(prefix == null ? "servicePoint" : "partPrefix",
                    "validation.nothingToCount"));
        }
        Instant now = calendar.now();
        StockTake take = new StockTake(warehouse.number(DocumentKind.STOCK_TAKE, now), point, Text.optional(request.note()), caller(), now);
        em.persist(take);
        for (Object[] row : rows) {
            em.persist(take.line((String) row[0], ((Number) row[1]).intValue()));
        }
        em.flush();
        return view(take);
    }

    public StockTakeView find(long id) {
        return view(existing(id, false));
    }

    /** The stock-takes of a service point (or all), newest first, optionally of one status. */
    public PageResult<StockTakeView> list(String servicePoint, StockTakeStatus status, int first, int size) {
        String sp = Text.optional(servicePoint) == null ? null : servicePoint.strip().toUpperCase(Locale.ROOT);
        String where = " WHERE 1 = 1" + (sp == null ? "" : " AND t.servicePoint = :sp")
                + (status == null ? "" : " AND t.status = :st");
        var page = em.createQuery("SELECT t FROM StockTake t" + where + " ORDER BY t.id DESC", StockTake.class);
        var count = em.createQuery("SELECT COUNT(t) FROM StockTake t" + where, Long.class);
        if (sp != null) {
            page.setParameter("sp", sp);
            count.setParameter("sp", sp);
        }
        if (status != null) {
            page.setParameter("st", status);
            count.setParameter("st", status);
        }
        return new PageResult<>(views(page.setFirstResult(first).setMaxResults(size).getResultList()),
                count.getSingleResult());
    }

    /** The lines in part-number order, a page at a time (a warehouse has thousands). */
    public PageResult<LineView> lines(long id, LineFilter filter, int first, int size) {
        StockTake take = existing(id, false);
        String where = " WHERE l.stockTake = :t" + switch (filter == null ? LineFilter.ALL : filter) {
            case ALL -> "";
            case UNCOUNTED -> " AND l.countedQty IS NULL";
            case DIFFERENCES -> " AND l.countedQty <> l.bookQty";
        };
        var page = em.createQuery("SELECT l FROM StockTakeLine l" + where + " ORDER BY l.lineNo", StockTakeLine.class)
                .setParameter("t", take);
        long total = em.createQuery("SELECT COUNT(l) FROM StockTakeLine l" + where, Long.class).setParameter("t", take)
                .getSingleResult();
        return new PageResult<>(page.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(LineView::of).toList(), total);
    }

    /**
     * P6: counts entered while counting. A part not on the list is added with its book quantity
     * now (a find); a stale {@code version} → 409 (someone else counted it meanwhile), nothing saved.
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public List<LineView> count(long id, List<Count> counts) {
        if (counts == null || counts.isEmpty() || counts.size() > MAX_COUNTS || counts.stream().anyMatch(Objects::isNull)) {
            throw new RuleViolationException(FieldError.of("counts", "validation.slipLines", MAX_COUNTS));
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < counts.size(); i++) {
            Count c = counts.get(i);
            String at = "counts[" + i + "].";
            if (c.partNumber() == null || c.partNumber().isBlank()) {
                errors.add(FieldError.of(at + "partNumber", "validation.required"));
            } else if (!seen.add(c.partNumber().strip())) {
                errors.add(FieldError.of(at + "partNumber", "validation.duplicatePart", c.partNumber()));
            }
            if (c.counted() == null) {
                errors.add(FieldError.of(at + "counted", "validation.required"));
            }
            // issue 10.7: a count of 2 147 483 647 overflowed the difference; bounded before any arithmetic
            Plausible.quantity(at + "counted", c.counted()).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        StockTake take = existing(id, true);
        if (take.getStatus() != StockTakeStatus.COUNTING) {
            throw new ConflictException("error.stockTakeStatus", take.getNumber(), take.getStatus().name());
        }
        Map<String, StockTakeLine> lines = em.createQuery("SELECT l FROM StockTakeLine l WHERE l.stockTake = :t"
                + " AND l.partNumber IN :parts", StockTakeLine.class).setParameter("t", take)
                .setParameter("parts", seen).getResultStream()
                .collect(Collectors.toMap(StockTakeLine::getPartNumber, Function.identity()));
        for (int i = 0; i < counts.size(); i++) {
            Count c = counts.get(i);
            String partNumber = c.partNumber().strip();
            StockTakeLine line = lines.get(partNumber);
            if (line == null) {
                if (warehouse.part(errors, "counts[" + i + "].partNumber", partNumber).isPresent()) {
                    line = take.line(partNumber, bookQty(take.getServicePoint(), partNumber));
                    em.persist(line);
                    lines.put(partNumber, line);
                }
            } else if (c.version() != null && c.version() != line.getVersion()) {
                throw new ConflictException("error.staleCount", partNumber, line.getCountedBy());
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        List<StockTakeLine> changed = new ArrayList<>();
        for (Count c : counts) {
            StockTakeLine line = lines.get(c.partNumber().strip());
            line.count(c.counted(), caller());
            changed.add(line);
        }
        em.flush();
        return changed.stream().map(LineView::of).toList();
    }

    /** P6: COUNTING → SUBMITTED once every line is counted (else 422 with how many are not). */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockTakeView submit(long id) {
        StockTake take = existing(id, true);
        long uncounted = em.createQuery("SELECT COUNT(l) FROM StockTakeLine l WHERE l.stockTake = :t"
                + " AND l.countedQty IS NULL", Long.class).setParameter("t", take).getSingleResult();
        if (take.getStatus() == StockTakeStatus.COUNTING && uncounted > 0) {
            throw new RuleViolationException(FieldError.of("counts", "validation.uncounted", uncounted));
        }
        change(take, () -> take.submit(uncounted, caller(), calendar.now()));
        return view(take);
    }

    /**
     * P6: approves the adjustments (not by whoever submitted: 409) and posts them to the ledger in
     * the lock order; a loss larger than what is on hand now → 409 and nothing is posted.
     */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public StockTakeView approve(long id) {
        StockTake take = existing(id, true);
        Instant now = calendar.now();
        try {
            take.approve(caller(), now);
        } catch (StockTake.SameApproverException e) {
            throw new ConflictException("error.stockTakeSameApprover", take.getNumber());
        } catch (IllegalStateException e) {
            throw new ConflictException("error.stockTakeStatus", take.getNumber(), take.getStatus().name());
        }
        List<StockTakeLine> differences = em.createQuery("SELECT l FROM StockTakeLine l WHERE l.stockTake = :t"
                + " AND l.countedQty <> l.bookQty ORDER BY l.lineNo", StockTakeLine.class).setParameter("t", take)
                .getResultList();
        TreeSet<Key> keys = new TreeSet<>();
        differences.forEach(l -> keys.add(new Key(take.getServicePoint(), l.getPartNumber())));
        Map<Key, StockLevel> locked = levels.lock(keys, true);
        Map<Key, Integer> before = Warehouse.onHand(locked);
        Map<String, Part> parts = keys.isEmpty() ? Map.of() : em.createQuery("SELECT p FROM Part p WHERE p.partNumber"
                + " IN :n", Part.class).setParameter("n", keys.stream().map(Key::partNumber).toList()).getResultStream()
                .collect(Collectors.toMap(Part::getPartNumber, Function.identity()));
        for (StockTakeLine line : differences) {
            Key key = new Key(take.getServicePoint(), line.getPartNumber());
            StockLevel level = locked.get(key);
            Part part = parts.get(line.getPartNumber());
            StockMovement movement;
            try {
                movement = level.adjust(line.difference(), part == null ? null : part.getPrice(), take.getNumber(),
                        now, caller());
            } catch (InsufficientStockException e) { // moved out since the count: recount
                throw new ConflictException("error.notEnoughStock", key.partNumber(), key.servicePoint(), e.onHand(),
                        e.wanted());
            }
            em.persist(movement);
            line.posted(line.difference(), movement.getUnitCost());
        }
        em.flush();
        warehouse.announceLowStock(locked, before, now);
        return view(take);
    }

    /** P6: back to counting with the reason (required). */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public StockTakeView reject(long id, String reason) {
        String why = reason(reason);
        StockTake take = existing(id, true);
        change(take, () -> take.reject(why, caller(), calendar.now()));
        return view(take);
    }

    /** P6: abandoned while counting, with the reason; nothing is posted. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockTakeView cancel(long id, String reason) {
        String why = reason(reason);
        StockTake take = existing(id, true);
        change(take, () -> take.cancel(why, caller(), calendar.now()));
        return view(take);
    }

    private int bookQty(String servicePoint, String partNumber) {
        return em.createQuery("SELECT s.onHand FROM StockLevel s WHERE s.servicePoint = :sp AND s.partNumber = :p",
                Integer.class).setParameter("sp", servicePoint).setParameter("p", partNumber).getResultStream()
                .findFirst().orElse(0);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(FieldError.of("reason", "validation.required"));
        }
        if (reason.strip().length() > 500) {
            throw new RuleViolationException(FieldError.of("reason", "validation.tooLong"));
        }
        return reason.strip();
    }

    private void change(StockTake take, Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException e) {
            throw new ConflictException("error.stockTakeStatus", take.getNumber(), take.getStatus().name());
        }
        em.flush();
    }

    private StockTakeView view(StockTake t) {
        return views(List.of(t)).get(0);
    }

    /** The views with their counted and differing lines, two grouped queries for the whole page (no N+1). */
    private List<StockTakeView> views(List<StockTake> takes) {
        if (takes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = takes.stream().map(StockTake::getId).toList();
        Map<Long, Long> counted = grouped("l.countedQty IS NOT NULL", ids);
        Map<Long, Long> differing = grouped("l.countedQty <> l.bookQty", ids);
        return takes.stream().map(t -> StockTakeView.of(t, counted.getOrDefault(t.getId(), 0L),
                differing.getOrDefault(t.getId(), 0L))).toList();
    }

    private Map<Long, Long> grouped(String condition, List<Long> ids) {
        return em.createQuery("SELECT l.stockTake.id, COUNT(l) FROM StockTakeLine l WHERE l.stockTake.id IN :ids AND "
                + condition + " GROUP BY l.stockTake.id", Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    private StockTake existing(long id, boolean lock) {
        StockTake t = lock ? em.find(StockTake.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(StockTake.class, id);
        if (t == null) {
            throw new UnknownEntityException("StockTake", id);
        }
        return t;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

}
