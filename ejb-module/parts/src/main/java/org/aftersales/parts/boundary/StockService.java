package org.aftersales.parts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
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
import org.aftersales.parts.control.Warehouse;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.Settings;
import org.aftersales.tickets.boundary.TicketService;

/**
 * P2, P3, P6: every change of the stock goes through here and leaves a numbered slip (T10) and
 * one immutable ledger line per part and direction. A slip moves all its lines or none: the rows
 * are locked in one order ({@link StockLevels}) and not enough stock for any line is a conflict
 * (409) that rolls back everything. Falling below a minimum publishes {@link StockEvents#BELOW_MINIMUM}.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER})
public class StockService {

    private static final int MAX_LINES = 200;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Settings settings;

    @EJB
    private TicketService tickets;

    @EJB
    private StockLevels levels;

    @EJB
    private Warehouse warehouse;

    @EJB
    private BusinessCalendar calendar;

    /** P2: the inbound slip (入库单). Only counted quantities enter stock; differences go to the register. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public SlipView receive(ReceiptRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String point = servicePoint(errors, "servicePoint", request.servicePoint());
        if (request.supplier() != null && request.supplier().length() > 200) {
            errors.add(FieldError.of("supplier", "validation.tooLong"));
        }
        note(errors, request.note());
        List<ReceiptLine> lines = lines(errors, request.lines());
        for (int i = 0; i < lines.size(); i++) {
            ReceiptLine line = lines.get(i);
            String at = "lines[" + i + "].";
            part(errors, at + "partNumber", line.partNumber());
            if (line.countedQty() == null) {
                errors.add(FieldError.of(at + "countedQty", "validation.required"));
            }
            // issue 10.7: quantities are bounded before any arithmetic on them
            Plausible.quantity(at + "countedQty", line.countedQty()).ifPresent(errors::add);
            Plausible.quantity(at + "invoicedQty", line.invoicedQty()).ifPresent(errors::add);
            if (line.unitPrice() == null) {
                errors.add(FieldError.of(at + "unitPrice", "validation.required"));
            } else if (line.unitPrice().signum() < 0) {
                errors.add(FieldError.of(at + "unitPrice", "validation.notNegative"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        TreeSet<Key> keys = new TreeSet<>();
        lines.stream().filter(l -> l.countedQty() > 0).forEach(l -> keys.add(new Key(point, l.partNumber().strip())));
        Map<Key, StockLevel> locked = levels.lock(keys, true);
        Instant now = calendar.now();
        String supplier = Text.optional(request.supplier());
        Slip slip = new Slip(number(SlipKind.INBOUND, now), SlipKind.INBOUND, point, now, caller()).from(supplier)
                .note(Text.optional(request.note()));
        List<ReceivingDiscrepancy> discrepancies = new ArrayList<>();
        for (ReceiptLine line : lines) {
            String partNumber = line.partNumber().strip();
            int counted = line.countedQty();
            int invoiced = line.invoicedQty() == null ? counted : line.invoicedQty();
            StockRules.ReceivingCheck check = StockRules.check(invoiced, counted);
            if (counted > 0) { // P2: only what was counted enters the stock
                em.persist(locked.get(new Key(point, partNumber)).receive(MovementType.RECEIPT, counted,
                        line.unitPrice(), slip.getNumber(), now, caller()));
            }
            slip.addLine(partNumber, counted, line.unitPrice(), invoiced, null);
            if (check.discrepant()) {
                ReceivingDiscrepancy d = new ReceivingDiscrepancy(slip.getNumber(), point, supplier, partNumber,
                        line.unitPrice(), check, caller(), now);
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
    public SlipView issue(IssueRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String point = servicePoint(errors, "servicePoint", request.servicePoint());
        String ticket = Text.optional(request.ticketNumber());
        if (ticket != null && tickets.find(ticket).isEmpty()) { // through the tickets context's boundary
            errors.add(FieldError.of("ticketNumber", "validation.unknownTicket", ticket));
        }
        if (request.recipient() != null && request.recipient().length() > 100) {
            errors.add(FieldError.of("recipient", "validation.tooLong"));
        }
        note(errors, request.note());
        List<IssueLine> lines = lines(errors, request.lines());
        for (int i = 0; i < lines.size(); i++) {
            part(errors, "lines[" + i + "].partNumber", lines.get(i).partNumber());
            quantity(errors, "lines[" + i + "].qty", lines.get(i).qty());
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        TreeSet<Key> keys = new TreeSet<>();
        lines.forEach(l -> keys.add(new Key(point, l.partNumber().strip())));
        Map<Key, StockLevel> locked = levels.lock(keys, false);
        Map<Key, Integer> before = onHand(locked);
        Instant now = calendar.now();
        Slip slip = new Slip(number(SlipKind.OUTBOUND, now), SlipKind.OUTBOUND, point, now, caller())
                .forTicket(ticket, Text.optional(request.recipient())).note(Text.optional(request.note()));
        for (IssueLine line : lines) {
            Key key = new Key(point, line.partNumber().strip());
            StockMovement out = take(locked.get(key), key, MovementType.ISSUE, line.qty(), slip.getNumber(), now);
            em.persist(out);
            slip.addLine(key.partNumber(), line.qty(), out.getUnitCost(), null, null);
        }
        em.persist(slip);
        em.flush();
        announceLowStock(locked, before, now);
        return SlipView.of(slip, List.of());
    }

    /**
     * P3: the transfer slip (调拨单): out of one service point at its average cost, into the other
     * with the quantity actually received; the difference is recorded (sent = received + difference).
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public SlipView transfer(TransferRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String from = servicePoint(errors, "fromServicePoint", request.fromServicePoint());
        String to = servicePoint(errors, "toServicePoint", request.toServicePoint());
        if (from != null && from.equals(to)) {
            errors.add(FieldError.of("toServicePoint", "validation.sameServicePoint"));
        }
        note(errors, request.note());
        List<TransferLine> lines = lines(errors, request.lines());
        for (int i = 0; i < lines.size(); i++) {
            TransferLine line = lines.get(i);
            part(errors, "lines[" + i + "].partNumber", line.partNumber());
            quantity(errors, "lines[" + i + "].qty", line.qty());
            if (line.receivedQty() != null && line.qty() != null && line.qty() <= Plausible.MAX_QUANTITY
                    && (line.receivedQty() < 0 || line.receivedQty() > line.qty())) {
                errors.add(FieldError.of("lines[" + i + "].receivedQty", "validation.receivedQty", line.qty()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        TreeSet<Key> outKeys = new TreeSet<>();
        TreeSet<Key> inKeys = new TreeSet<>();
        for (TransferLine line : lines) {
            outKeys.add(new Key(from, line.partNumber().strip()));
            inKeys.add(new Key(to, line.partNumber().strip()));
        }
        TreeSet<Key> all = new TreeSet<>(outKeys);
        all.addAll(inKeys);
        // the receiving side's rows may be new; the sending side's must exist (else: nothing to send)
        levels.ensure(inKeys);
        Map<Key, StockLevel> locked = levels.lock(all, false);
        Map<Key, Integer> before = onHand(locked);
        Instant now = calendar.now();
        Slip slip = new Slip(number(SlipKind.TRANSFER, now), SlipKind.TRANSFER, from, now, caller()).to(to)
                .note(Text.optional(request.note()));
        for (TransferLine line : lines) {
            String partNumber = line.partNumber().strip();
            Key outKey = new Key(from, partNumber);
            StockRules.TransferBalance balance = StockRules.transfer(line.qty(),
                    line.receivedQty() == null ? line.qty() : line.receivedQty());
            StockMovement out = take(locked.get(outKey), outKey, MovementType.TRANSFER_OUT, balance.sent(),
                    slip.getNumber(), now);
            em.persist(out);
            if (balance.received() > 0) {
                em.persist(locked.get(new Key(to, partNumber)).receive(MovementType.TRANSFER_IN, balance.received(),
                        out.getUnitCost(), slip.getNumber(), now, caller()));
            }
            slip.addLine(partNumber, balance.sent(), out.getUnitCost(), null, balance.received());
        }
        em.persist(slip);
        em.flush();
        announceLowStock(locked, before, now);
        return SlipView.of(slip, List.of());
    }

    /** P6: minimum and maximum of a part at a service point. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockView limit(Limits request) {
        List<FieldError> errors = new ArrayList<>();
        String point = servicePoint(errors, "servicePoint", request.servicePoint());
        part(errors, "partNumber", request.partNumber());
        Plausible.quantity("minimum", request.minimum()).ifPresent(errors::add);
        Plausible.quantity("maximum", request.maximum()).ifPresent(errors::add);
        if (request.minimum() != null && request.maximum() != null && request.maximum() < request.minimum()) {
            errors.add(FieldError.of("maximum", "validation.maxBelowMin"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Key key = new Key(point, request.partNumber().strip());
        TreeSet<Key> keys = new TreeSet<>();
        keys.add(key);
        StockLevel level = levels.lock(keys, true).get(key);
        level.limit(request.minimum(), request.maximum());
        em.flush();
        return StockView.of(level);
    }

    /** P6: stock per service point and part, filtered by either, ordered by both. */
    public PageResult<StockView> stock(String servicePoint, String partNumber, int first, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (servicePoint != null && !servicePoint.isBlank()) {
            where.append(" AND s.servicePoint = :sp");
            params.put("sp", servicePoint.strip().toUpperCase(Locale.ROOT));
        }
        if (partNumber != null && !partNumber.isBlank()) {
            where.append(" AND s.partNumber = :p");
            params.put("p", partNumber.strip());
        }
        var page = em.createQuery("SELECT s FROM StockLevel s" + where + " ORDER BY s.servicePoint, s.partNumber",
                StockLevel.class);
        var count = em.createQuery("SELECT COUNT(s) FROM StockLevel s" + where, Long.class);
        params.forEach((k, v) -> {
            page.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new PageResult<>(page.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(StockView::of).toList(), count.getSingleResult());
    }

    /**
     * P6: the monthly stock-movement report (进销存) of one service point (or all when null): per
     * part, opening, receipts, issues and closing in quantity and value, added up from the ledger.
     */
    public List<StockReportLine> monthlyReport(String servicePoint, YearMonth month) {
        ZoneId zone = calendar.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        String point = servicePoint == null || servicePoint.isBlank() ? null
                : servicePoint.strip().toUpperCase(Locale.ROOT);
        Map<Key, StockReportLine> lines = new java.util.TreeMap<>();
        fold(lines, point, null, from, true);
        fold(lines, point, from, to, false);
        return List.copyOf(lines.values());
    }

    private void fold(Map<Key, StockReportLine> lines, String point, Instant from, Instant to, boolean beforeMonth) {
        String jpql = "SELECT m.servicePoint, m.partNumber, m.type, SUM(m.quantity), SUM(m.value) FROM StockMovement m"
                + " WHERE m.occurredAt < :to" + (from == null ? "" : " AND m.occurredAt >= :from")
                + (point == null ? "" : " AND m.servicePoint = :sp") + " GROUP BY m.servicePoint, m.partNumber, m.type";
        var query = em.createQuery(jpql, Object[].class).setParameter("to", to);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (point != null) {
            query.setParameter("sp", point);
        }
        for (Object[] row : query.getResultList()) {
            Key key = new Key((String) row[0], (String) row[1]);
            StockReportLine line = lines.getOrDefault(key, StockReportLine.empty(key.servicePoint(), key.partNumber()));
            lines.put(key, line.add((MovementType) row[2], beforeMonth, ((Number) row[3]).longValue(),
                    (BigDecimal) row[4]));
        }
    }

    /** P2: the receiving-discrepancy register, newest first; {@code open} only the unresolved lines. */
    public PageResult<StockViews.DiscrepancyView> discrepancies(String servicePoint, boolean open, int first, int size) {
        String where = " WHERE 1 = 1" + (servicePoint == null || servicePoint.isBlank() ? "" : " AND d.servicePoint = :sp")
                + (open ? " AND d.resolvedAt IS NULL" : "");
        var page = em.createQuery("SELECT d FROM ReceivingDiscrepancy d" + where + " ORDER BY d.id DESC",
                ReceivingDiscrepancy.class);
        var count = em.createQuery("SELECT COUNT(d) FROM ReceivingDiscrepancy d" + where, Long.class);
        if (servicePoint != null && !servicePoint.isBlank()) {
            page.setParameter("sp", servicePoint.strip().toUpperCase(Locale.ROOT));
            count.setParameter("sp", servicePoint.strip().toUpperCase(Locale.ROOT));
        }
        return new PageResult<>(page.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(StockViews.DiscrepancyView::of).toList(), count.getSingleResult());
    }

    /** P2: how a discrepancy was settled (credit note, delivered later, returned …); the caller is its handler. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public StockViews.DiscrepancyView resolve(long id, String resolution) {
        if (resolution == null || resolution.isBlank()) {
            throw new RuleViolationException(FieldError.of("resolution", "validation.required"));
        }
        if (resolution.strip().length() > 500) {
            throw new RuleViolationException(FieldError.of("resolution", "validation.tooLong"));
        }
        ReceivingDiscrepancy d = em.find(ReceivingDiscrepancy.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new UnknownEntityException("ReceivingDiscrepancy", id);
        }
        if (d.getResolvedAt() != null) {
            throw new ConflictException("error.discrepancyResolved", id);
        }
        d.resolve(resolution.strip(), caller(), calendar.now());
        em.flush();
        return StockViews.DiscrepancyView.of(d);
    }

    /** A slip with its lines and, inbound, its discrepancies. */
    public SlipView slip(String number) {
        Slip slip = em.createQuery("SELECT s FROM Slip s WHERE s.number = :n", Slip.class).setParameter("n", number)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("Slip", number));
        return SlipView.of(slip, em.createQuery("SELECT d FROM ReceivingDiscrepancy d WHERE d.slipNumber = :n "
                + "ORDER BY d.id", ReceivingDiscrepancy.class).setParameter("n", number).getResultList());
    }

    private StockMovement take(StockLevel level, Key key, MovementType type, int quantity, String slipNumber,
            Instant now) {
        return Warehouse.take(level, key, type, quantity, slipNumber, now, caller()); // P6: the whole slip rolls back
    }

    private static Map<Key, Integer> onHand(Map<Key, StockLevel> locked) {
        return Warehouse.onHand(locked);
    }

    private void announceLowStock(Map<Key, StockLevel> locked, Map<Key, Integer> before, Instant now) {
        warehouse.announceLowStock(locked, before, now);
    }

    /** T10: the slip's number in its kind's series, drawn in this transaction (after the stock rows are locked: one lock order). */
    private String number(SlipKind kind, Instant now) {
        return warehouse.number(kind.documentKind(), now);
    }

    private String servicePoint(List<FieldError> errors, String field, String code) {
        return warehouse.servicePoint(errors, field, code);
    }

    private void part(List<FieldError> errors, String field, String partNumber) {
        warehouse.part(errors, field, partNumber);
    }

    private static void quantity(List<FieldError> errors, String field, Integer qty) {
        Plausible.positiveQuantity(field, qty).ifPresent(errors::add);
    }

    private static <L> List<L> lines(List<FieldError> errors, List<L> lines) {
        if (lines == null || lines.isEmpty() || lines.stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(FieldError.of("lines", "validation.slipLines", MAX_LINES));
            return List.of();
        }
        if (lines.size() > MAX_LINES) {
            errors.add(FieldError.of("lines", "validation.slipLines", MAX_LINES));
            return List.of();
        }
        return lines;
    }

    private static void note(List<FieldError> errors, String note) {
        if (note != null && note.length() > 500) {
            errors.add(FieldError.of("note", "validation.tooLong"));
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }


    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(StockRules.MONEY_SCALE, java.math.RoundingMode.HALF_UP);
    }
}
