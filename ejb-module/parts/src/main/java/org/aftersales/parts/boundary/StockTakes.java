package org.aftersales.parts.boundary;

import static org.aftersales.parts.boundary.StockTakeViews.MAX_COUNTS;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.Verdict;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.parts.StockTake;
import org.aftersales.domain.parts.StockTakeLine;
import org.aftersales.domain.parts.StockTakeStatus;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.boundary.StockTakeViews.Count;
import org.aftersales.parts.boundary.StockTakeViews.LineView;
import org.aftersales.parts.boundary.StockTakeViews.NewStockTake;
import org.aftersales.parts.boundary.StockTakeViews.StockTakeView;
import org.aftersales.parts.control.Checks.Lines;
import org.aftersales.parts.control.StockTakeApprovals;
import org.aftersales.parts.control.StockTakeSearch;
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
    public enum LineFilter {
        ALL,
        UNCOUNTED,
        DIFFERENCES
    }

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private StockTakeApprovals decisions;

    @EJB
    private Warehouse warehouse;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private StockTakeSearch search;

    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockTakeView start(@Valid NewStockTake request) {
        String point = Warehouse.code(request.servicePoint());
        String prefix = Text.optional(request.partPrefix());
        search.lockServicePoint(point); // one at a time per service point: starters queue on its row
        List<String> open = search.open(point);
        if (!open.isEmpty()) {
            throw new ConflictException("error.stockTakeOpen", point, open.get(0));
        }
        List<Object[]> books = search.books(point, prefix);
        if (books.isEmpty()) {
            throw new RuleViolationException(
                    FieldError.of(prefix == null ? "servicePoint" : "partPrefix", "validation.nothingToCount"));
        }
        Instant now = calendar.now();
        StockTake take = new StockTake(
                warehouse.number(DocumentKind.STOCK_TAKE, now), point, Text.optional(request.note()), caller(), now);
        em.persist(take);
        for (Object[] row : books) {
            em.persist(take.line((String) row[0], ((Number) row[1]).intValue()));
        }
        em.flush();
        return view(take);
    }

    public StockTakeView find(long id) {
        return view(existing(id, false));
    }

    /** The stock-take of this number (an approval names its subject by number). */
    public java.util.Optional<StockTakeView> findByNumber(String number) {
        return em.createNamedQuery("StockTake.byNumber", StockTake.class)
                .setParameter("number", number == null ? "" : number.strip())
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    /** The stock-takes of a service point (or all), newest first, optionally of one status. */
    public PageResult<StockTakeView> list(String servicePoint, StockTakeStatus status, int first, int size) {
        PageResult<StockTake> page = search.takes(servicePoint, status, first, size);
        return new PageResult<>(views(page.items()), page.total());
    }

    /** The lines in part-number order, a page at a time (a warehouse has thousands). */
    public PageResult<LineView> lines(long id, LineFilter filter, int first, int size) {
        PageResult<StockTakeLine> page = search.lines(existing(id, false), filter, first, size);
        return new PageResult<>(page.items().stream().map(LineView::of).toList(), page.total());
    }

    /**
     * P6: counts entered while counting. A part not on the list is added with its book quantity
     * now (a find); a stale {@code version} → 409 (someone else counted it meanwhile), nothing saved.
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public List<LineView> count(long id, @Lines(max = MAX_COUNTS, distinct = true) List<@Valid Count> counts) {
        StockTake take = existing(id, true);
        if (take.getStatus() != StockTakeStatus.COUNTING) {
            throw new ConflictException(
                    "error.stockTakeStatus", take.getNumber(), take.getStatus().name());
        }
        Map<String, StockTakeLine> lines = new HashMap<>(search.lines(
                take, counts.stream().map(c -> c.partNumber().strip()).toList()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Count c = counts.get(i);
            String partNumber = c.partNumber().strip();
            StockTakeLine line = lines.get(partNumber);
            if (line == null) {
                if (warehouse.part(partNumber).isPresent()) {
                    line = take.line(partNumber, search.onHand(take.getServicePoint(), partNumber));
                    em.persist(line);
                    lines.put(partNumber, line);
                } else {
                    errors.add(FieldError.of("counts[" + i + "].partNumber", "validation.unknownPart", partNumber));
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

    /**
     * P6: COUNTING → SUBMITTED once every line is counted (else 422 with how many are not), and the
     * adjustments go for approval (kind STOCK_ADJUSTMENT, the value of the differences at list
     * price as its amount) in the submitter's name.
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockTakeView submit(long id) {
        StockTake take = existing(id, true);
        long uncounted = search.uncounted(take);
        if (take.getStatus() == StockTakeStatus.COUNTING && uncounted > 0) {
            throw new RuleViolationException(FieldError.of("counts", "validation.uncounted", uncounted));
        }
        change(take, () -> take.submit(uncounted, caller(), calendar.now()));
        decisions.request(take);
        return view(take);
    }

    /**
     * P6: approves the adjustments — the decision on the stock-take's approval; its last one posts
     * them to the ledger (not by whoever submitted: 409; a loss larger than what is on hand now →
     * 409 and nothing is posted).
     */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public StockTakeView approve(long id) {
        StockTake take = existing(id, true);
        decisions.decide(take, Verdict.APPROVE, null);
        return view(take);
    }

    /** P6: back to counting with the reason (required) — a rejection of the stock-take's approval. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public StockTakeView reject(long id, @NotBlank @Size(max = 500) String reason) {
        StockTake take = existing(id, true);
        if (take.getStatus() == StockTakeStatus.SUBMITTED && !decisions.pending(take)) {
            // submitted before approvals existed: rejected as before, resubmitted onto the chain
            change(take, () -> take.reject(reason.strip(), caller(), calendar.now()));
        } else {
            decisions.decide(take, Verdict.REJECT, reason.strip());
        }
        return view(take);
    }

    /** P6: abandoned while counting, with the reason; nothing is posted. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockTakeView cancel(long id, @NotBlank @Size(max = 500) String reason) {
        StockTake take = existing(id, true);
        change(take, () -> take.cancel(reason.strip(), caller(), calendar.now()));
        return view(take);
    }

    /** P6: a change the stock-take's status allows (409 otherwise, raised by the stock-take). */
    private void change(StockTake take, Runnable change) {
        change.run();
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
        Map<Long, Long> counted = search.counted(ids);
        Map<Long, Long> differing = search.differing(ids);
        return takes.stream()
                .map(t ->
                        StockTakeView.of(t, counted.getOrDefault(t.getId(), 0L), differing.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    private StockTake existing(long id, boolean lock) {
        StockTake t =
                lock ? em.find(StockTake.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(StockTake.class, id);
        if (t == null) {
            throw new UnknownEntityException("StockTake", id);
        }
        return t;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
