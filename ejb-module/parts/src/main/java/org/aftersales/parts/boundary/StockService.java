package org.aftersales.parts.boundary;

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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.parts.MovementType;
import org.aftersales.domain.parts.ReceivingDiscrepancy;
import org.aftersales.domain.parts.Slip;
import org.aftersales.domain.parts.SlipKind;
import org.aftersales.domain.parts.StockLevel;
import org.aftersales.domain.parts.StockMovement;
import org.aftersales.domain.parts.StockReportLine;
import org.aftersales.domain.parts.StockRules;
import org.aftersales.domain.parts.StockValueDay;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.boundary.StockViews.DiscrepancyView;
import org.aftersales.parts.boundary.StockViews.IssueLine;
import org.aftersales.parts.boundary.StockViews.IssueRequest;
import org.aftersales.parts.boundary.StockViews.Limits;
import org.aftersales.parts.boundary.StockViews.ReceiptLine;
import org.aftersales.parts.boundary.StockViews.ReceiptRequest;
import org.aftersales.parts.boundary.StockViews.SlipView;
import org.aftersales.parts.boundary.StockViews.StockView;
import org.aftersales.parts.boundary.StockViews.TransferLine;
import org.aftersales.parts.boundary.StockViews.TransferRequest;
import org.aftersales.parts.control.StockLevels;
import org.aftersales.parts.control.StockLevels.Key;
import org.aftersales.parts.control.StockSearch;
import org.aftersales.parts.control.Warehouse;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * P2, P3, P6: every change of the stock goes through here and leaves a numbered slip (T10) and
 * one immutable ledger line per part and direction. A slip moves all its lines or none: the rows
 * are locked in one order ({@link StockLevels}) and not enough stock for any line is a conflict
 * (409) that rolls back everything. Falling below a minimum publishes {@link StockEvents#BELOW_MINIMUM}.
 * The requests are checked by their constraints ({@link StockViews}) before a method runs.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER})
public class StockService {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private StockLevels levels;

    @EJB
    private Warehouse warehouse;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private StockSearch search;

    /** B2: one part issued to a ticket, at its issue cost (the quote's materials). */
    public record IssuedPart(String slipNumber, String partNumber, int quantity, java.math.BigDecimal amount)
            implements java.io.Serializable {}

    /**
     * B2: what the ticket's outbound slips issued, line by line at issue cost (quantity × the average
     * cost at the time of issue), for the quote made from the ticket's records.
     */
    @RolesAllowed({
        Roles.AGENT,
        Roles.DISPATCHER,
        Roles.TECHNICIAN,
        Roles.WAREHOUSE,
        Roles.FINANCE,
        Roles.MANAGER,
        Roles.ADMIN
    })
    public List<IssuedPart> issuedToTicket(String ticketNumber) {
        return search.issuedTo(ticketNumber).stream()
                .map(l -> new IssuedPart(l.slipNumber(), l.partNumber(), l.quantity(), l.amount()))
                .toList();
    }

    /** P2: the inbound slip (入库单). Only counted quantities enter stock; differences go to the register. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public SlipView receive(@Valid ReceiptRequest request) {
        String point = Warehouse.code(request.servicePoint());
        TreeSet<Key> keys = new TreeSet<>();
        request.lines().stream()
                .filter(l -> l.countedQty() > 0)
                .forEach(l -> keys.add(new Key(point, l.partNumber().strip())));
        Map<Key, StockLevel> locked = levels.lock(keys, true);
        Instant now = calendar.now();
        String supplier = Text.optional(request.supplier());
        Slip slip = new Slip(number(SlipKind.INBOUND, now), SlipKind.INBOUND, point, now, caller())
                .from(supplier)
                .note(Text.optional(request.note()));
        List<ReceivingDiscrepancy> discrepancies = new ArrayList<>();
        for (ReceiptLine line : request.lines()) {
            String partNumber = line.partNumber().strip();
            int counted = line.countedQty();
            int invoiced = line.invoicedQty() == null ? counted : line.invoicedQty();
            StockRules.ReceivingCheck check = StockRules.check(invoiced, counted);
            if (counted > 0) { // P2: only what was counted enters the stock
                em.persist(locked.get(new Key(point, partNumber))
                        .receive(MovementType.RECEIPT, counted, line.unitPrice(), slip.getNumber(), now, caller()));
            }
            slip.addLine(partNumber, counted, line.unitPrice(), invoiced, null);
            if (check.discrepant()) {
                ReceivingDiscrepancy d = new ReceivingDiscrepancy(
                        slip.getNumber(), point, supplier, partNumber, line.unitPrice(), check, caller(), now);
                em.persist(d);
                discrepancies.add(d);
            }
        }
        em.persist(slip);
        em.flush();
        return SlipView.of(slip, discrepancies);
    }

    /**
     * P3, P6: the outbound slip (出库单) to a technician or a ticket. Not enough stock for any line →
     * 409 and nothing is issued.
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public SlipView issue(@Valid IssueRequest request) {
        String point = Warehouse.code(request.servicePoint());
        TreeSet<Key> keys = new TreeSet<>();
        request.lines().forEach(l -> keys.add(new Key(point, l.partNumber().strip())));
        Map<Key, StockLevel> locked = levels.lock(keys, false);
        Map<Key, Integer> before = Warehouse.onHand(locked);
        Instant now = calendar.now();
        Slip slip = new Slip(number(SlipKind.OUTBOUND, now), SlipKind.OUTBOUND, point, now, caller())
                .forTicket(Text.optional(request.ticketNumber()), Text.optional(request.recipient()))
                .note(Text.optional(request.note()));
        for (IssueLine line : request.lines()) {
            Key key = new Key(point, line.partNumber().strip());
            StockMovement out = Warehouse.take(
                    locked.get(key),
                    key,
                    MovementType.ISSUE,
                    line.qty(),
                    slip.getNumber(),
                    now,
                    caller()); // P6: not enough → 409, the whole slip rolls back
            em.persist(out);
            slip.addLine(key.partNumber(), line.qty(), out.getUnitCost(), null, null);
        }
        em.persist(slip);
        em.flush();
        warehouse.announceLowStock(locked, before, now);
        return SlipView.of(slip, List.of());
    }

    /**
     * P3: the transfer slip (调拨单): out of one service point at its average cost, into the other
     * with the quantity actually received; the difference is recorded (sent = received + difference).
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public SlipView transfer(@Valid TransferRequest request) {
        String from = Warehouse.code(request.fromServicePoint());
        String to = Warehouse.code(request.toServicePoint());
        TreeSet<Key> outKeys = new TreeSet<>();
        TreeSet<Key> inKeys = new TreeSet<>();
        for (TransferLine line : request.lines()) {
            outKeys.add(new Key(from, line.partNumber().strip()));
            inKeys.add(new Key(to, line.partNumber().strip()));
        }
        TreeSet<Key> all = new TreeSet<>(outKeys);
        all.addAll(inKeys);
        // the receiving side's rows may be new; the sending side's must exist (else: nothing to send)
        levels.ensure(inKeys);
        Map<Key, StockLevel> locked = levels.lock(all, false);
        Map<Key, Integer> before = Warehouse.onHand(locked);
        Instant now = calendar.now();
        Slip slip = new Slip(number(SlipKind.TRANSFER, now), SlipKind.TRANSFER, from, now, caller())
                .to(to)
                .note(Text.optional(request.note()));
        for (TransferLine line : request.lines()) {
            String partNumber = line.partNumber().strip();
            Key outKey = new Key(from, partNumber);
            StockRules.TransferBalance balance =
                    StockRules.transfer(line.qty(), line.receivedQty() == null ? line.qty() : line.receivedQty());
            StockMovement out = Warehouse.take(
                    locked.get(outKey),
                    outKey,
                    MovementType.TRANSFER_OUT,
                    balance.sent(),
                    slip.getNumber(),
                    now,
                    caller());
            em.persist(out);
            if (balance.received() > 0) {
                em.persist(locked.get(new Key(to, partNumber))
                        .receive(
                                MovementType.TRANSFER_IN,
                                balance.received(),
                                out.getUnitCost(),
                                slip.getNumber(),
                                now,
                                caller()));
            }
            slip.addLine(partNumber, balance.sent(), out.getUnitCost(), null, balance.received());
        }
        em.persist(slip);
        em.flush();
        warehouse.announceLowStock(locked, before, now);
        return SlipView.of(slip, List.of());
    }

    /** P6: minimum and maximum of a part at a service point. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockView limit(@Valid Limits request) {
        Key key = new Key(
                Warehouse.code(request.servicePoint()), request.partNumber().strip());
        StockLevel level = levels.lock(new TreeSet<>(List.of(key)), true).get(key);
        level.limit(request.minimum(), request.maximum());
        em.flush();
        return StockView.of(level);
    }

    /** P6: stock per service point and part, filtered by either, ordered by both. */
    public PageResult<StockView> stock(String servicePoint, String partNumber, int first, int size) {
        var page = search.levels(servicePoint, partNumber, first, size);
        return new PageResult<>(page.items().stream().map(StockView::of).toList(), page.total());
    }

    /**
     * P6: the monthly stock-movement report (进销存) of one service point (or all when null): per
     * part, opening, receipts, issues and closing in quantity and value, added up from the ledger.
     */
    public List<StockReportLine> monthlyReport(String servicePoint, YearMonth month) {
        ZoneId zone = calendar.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        String point = Text.optional(servicePoint) == null ? null : Warehouse.code(servicePoint);
        Map<Key, StockReportLine> lines = new TreeMap<>();
        fold(lines, search.moved(point, null, from), true);
        fold(lines, search.moved(point, from, to), false);
        return List.copyOf(lines.values());
    }

    /**
     * P6, B7: the stock value of a service point (null or blank: all) over the day [{@code dayStart},
     * {@code dayEnd}) — at its start, the day's and the month's (from {@code monthStart}) movements per
     * type — from the ledger, for the daily economic accounting report (经济核算日报).
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public StockValueDay stockValueDay(String servicePoint, Instant monthStart, Instant dayStart, Instant dayEnd) {
        String point = Text.optional(servicePoint) == null ? null : Warehouse.code(servicePoint);
        return new StockValueDay(
                point,
                StockValueDay.valueOf(search.valueByType(point, null, dayStart)),
                search.valueByType(point, dayStart, dayEnd),
                search.valueByType(point, monthStart, dayEnd));
    }

    /** P6 (SH/BD-06): the stock value of a service point (null or blank: all) at {@code at}, from the ledger. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER})
    public java.math.BigDecimal stockValueAt(String servicePoint, Instant at) {
        String point = Text.optional(servicePoint) == null ? null : Warehouse.code(servicePoint);
        return StockValueDay.valueOf(search.valueByType(point, null, at));
    }

    private static void fold(Map<Key, StockReportLine> lines, List<StockSearch.Moved> moved, boolean beforeMonth) {
        for (StockSearch.Moved m : moved) {
            Key key = new Key(m.servicePoint(), m.partNumber());
            StockReportLine line = lines.getOrDefault(key, StockReportLine.empty(key.servicePoint(), key.partNumber()));
            lines.put(key, line.add(m.type(), beforeMonth, m.quantity(), m.value()));
        }
    }

    /** P2: the receiving-discrepancy register, newest first; {@code open} only the unresolved lines. */
    public PageResult<DiscrepancyView> discrepancies(String servicePoint, boolean open, int first, int size) {
        var page = search.discrepancies(servicePoint, open, first, size);
        return new PageResult<>(page.items().stream().map(DiscrepancyView::of).toList(), page.total());
    }

    /** P2: how a discrepancy was settled (credit note, delivered later, returned …); the caller is its handler. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public DiscrepancyView resolve(long id, @NotBlank @Size(max = 500) String resolution) {
        ReceivingDiscrepancy d = em.find(ReceivingDiscrepancy.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new UnknownEntityException("ReceivingDiscrepancy", id);
        }
        if (d.getResolvedAt() != null) {
            throw new ConflictException("error.discrepancyResolved", id);
        }
        d.resolve(resolution.strip(), caller(), calendar.now());
        em.flush();
        return DiscrepancyView.of(d);
    }

    /** A slip with its lines and, inbound, its discrepancies. */
    public SlipView slip(String number) {
        Slip slip = search.slip(number).orElseThrow(() -> new UnknownEntityException("Slip", number));
        return SlipView.of(slip, search.discrepanciesOf(number));
    }

    /** T10: the slip's number in its kind's series, drawn after the stock rows are locked (one lock order). */
    private String number(SlipKind kind, Instant now) {
        return warehouse.number(kind.documentKind(), now);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
