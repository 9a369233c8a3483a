package org.aftersales.parts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.parts.MovementType;
import org.aftersales.domain.parts.Part;
import org.aftersales.domain.parts.PartSale;
import org.aftersales.domain.parts.PaymentMethod;
import org.aftersales.domain.parts.SalesSettlement;
import org.aftersales.domain.parts.StockLevel;
import org.aftersales.domain.parts.StockMovement;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.boundary.PartSaleViews.NewSale;
import org.aftersales.parts.boundary.PartSaleViews.NewSaleLine;
import org.aftersales.parts.boundary.PartSaleViews.SaleView;
import org.aftersales.parts.boundary.PartSaleViews.SettlementRow;
import org.aftersales.parts.boundary.PartSaleViews.SettlementView;
import org.aftersales.parts.control.StockLevels;
import org.aftersales.parts.control.StockLevels.Key;
import org.aftersales.parts.control.Warehouse;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.TicketService;

/**
 * P5: parts sold over the counter. A sale is written on the parts sales card (零配件销货卡, T10
 * number) at the catalogue price and takes its parts out of the service point's stock (SALE ledger
 * lines; not enough stock → 409 and nothing sold). At the end of the day the counter settles its
 * unsettled sales (销售结帐) on one payment slip (缴款单, T10 number) that hands the takings to the
 * finance office's cashier; finance confirms the receipt. A sale is settled once only, also when
 * two settle at the same time.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN, Roles.FINANCE})
public class PartSales {

    private static final int MAX_LINES = 50;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private StockLevels levels;

    @EJB
    private Warehouse warehouse;

    @EJB
    private TicketService tickets;

    @EJB
    private BusinessCalendar calendar;

    /** P5: the sales card; the parts leave the stock at their average cost, sold at the catalogue price. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public SaleView sell(NewSale request) {
        List<FieldError> errors = new ArrayList<>();
        String point = warehouse.servicePoint(errors, "servicePoint", request.servicePoint());
        String buyer = Text.optional(request.buyer());
        if (buyer == null) {
            errors.add(FieldError.of("buyer", "validation.required"));
        } else if (buyer.length() > 200) {
            errors.add(FieldError.of("buyer", "validation.tooLong"));
        }
        if (request.buyerPhone() != null && request.buyerPhone().strip().length() > 32) {
            errors.add(FieldError.of("buyerPhone", "validation.tooLong"));
        }
        String ticket = Text.optional(request.ticketNumber());
        if (ticket != null && tickets.find(ticket).isEmpty()) { // through the tickets context's boundary
            errors.add(FieldError.of("ticketNumber", "validation.unknownTicket", ticket));
        }
        if (request.paymentMethod() == null) {
            errors.add(FieldError.of("paymentMethod", "validation.required"));
        }
        String cashier = Text.optional(request.cashier()) == null ? caller() : request.cashier().strip();
        if (cashier.length() > 64) {
            errors.add(FieldError.of("cashier", "validation.tooLong"));
        }
        if (request.note() != null && request.note().length() > 500) {
            errors.add(FieldError.of("note", "validation.tooLong"));
        }
        List<NewSaleLine> lines = request.lines() == null ? List.of() : request.lines();
        if (lines.isEmpty() || lines.size() > MAX_LINES || lines.stream().anyMatch(Objects::isNull)) {
            errors.add(FieldError.of("lines", "validation.slipLines", MAX_LINES));
            lines = List.of();
        }
        Map<String, Part> parts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            NewSaleLine line = lines.get(i);
            String at = "lines[" + i + "].";
            if (line.partNumber() != null && !line.partNumber().isBlank() && !seen.add(line.partNumber().strip())) {
                errors.add(FieldError.of(at + "partNumber", "validation.duplicatePart", line.partNumber()));
            } else {
                warehouse.part(errors, at + "partNumber", line.partNumber())
                        .ifPresent(p -> parts.put(p.getPartNumber(), p));
            }
            Plausible.positiveQuantity(at + "qty", line.qty()).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        TreeSet<Key> keys = new TreeSet<>();
        lines.forEach(l -> keys.add(new Key(point, l.partNumber().strip())));
        Map<Key, StockLevel> locked = levels.lock(keys, false);
        Map<Key, Integer> before = Warehouse.onHand(locked);
        Instant now = calendar.now();
        PartSale sale = new PartSale(warehouse.number(DocumentKind.PART_SALE, now), point, buyer, Text.optional(request.buyerPhone()), ticket,
                request.paymentMethod(), cashier, caller(), now, Text.optional(request.note()));
        for (NewSaleLine line : lines) {
            Key key = new Key(point, line.partNumber().strip());
            StockMovement out = Warehouse.take(locked.get(key), key, MovementType.SALE, line.qty(), sale.getNumber(),
                    now, caller()); // P6: not enough → the whole sale rolls back
            em.persist(out);
            Part part = parts.get(key.partNumber());
            sale.line(part.getPartNumber(), part.getName(), part.getUnit(), line.qty(), part.getPrice(),
                    out.getUnitCost());
        }
        em.persist(sale);
        em.flush();
        warehouse.announceLowStock(locked, before, now);
        return SaleView.of(sale);
    }

    public SaleView find(String number) {
        return SaleView.of(sale(number));
    }

    /**
     * P5: the sales of a service point (or all), newest first, between two days (inclusive, in the
     * configured time zone); {@code settled} false: only those not yet handed in.
     */
    public PageResult<SaleView> list(String servicePoint, LocalDate from, LocalDate to, Boolean settled, int first,
            int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (servicePoint != null && !servicePoint.isBlank()) {
            where.append(" AND s.servicePoint = :sp");
            params.put("sp", servicePoint.strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (from != null) {
            where.append(" AND s.soldAt >= :from");
            params.put("from", calendar.startOf(from));
        }
        if (to != null) {
            where.append(" AND s.soldAt < :to");
            params.put("to", calendar.endOf(to));
        }
        if (settled != null) {
            where.append(settled ? " AND s.settlementNumber IS NOT NULL" : " AND s.settlementNumber IS NULL");
        }
        var page = em.createQuery("SELECT s FROM PartSale s" + where + " ORDER BY s.id DESC", PartSale.class);
        var count = em.createQuery("SELECT COUNT(s) FROM PartSale s" + where, Long.class);
        params.forEach((k, v) -> {
            page.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new PageResult<>(page.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(SaleView::of).toList(), count.getSingleResult());
    }

    /** P5: what the counter of {@code servicePoint} would hand in now (销售结帐表 of the unsettled sales). */
    public SettlementView unsettled(String servicePoint) {
        List<FieldError> errors = new ArrayList<>();
        String point = warehouse.servicePoint(errors, "servicePoint", servicePoint);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        List<SettlementRow> rows = rows("s.settlementNumber IS NULL AND s.servicePoint = :p", point);
        return new SettlementView(null, point, (int) rows.stream().mapToLong(SettlementRow::sales).sum(),
                rows.stream().map(SettlementRow::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add), null,
                null, null, null, null, rows);
    }

    /**
     * P5: settles every unsettled sale of the service point on one payment slip (缴款单) handed to
     * {@code cashier} (收款员 of the finance office); the caller is the one who pays in (交款员).
     * Nothing to settle → 409.
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public SettlementView settle(String servicePoint, String cashier) {
        List<FieldError> errors = new ArrayList<>();
        String point = warehouse.servicePoint(errors, "servicePoint", servicePoint);
        String receiver = Text.optional(cashier);
        if (receiver == null) {
            errors.add(FieldError.of("cashier", "validation.required"));
        } else if (receiver.length() > 64) {
            errors.add(FieldError.of("cashier", "validation.tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        // the rows stay locked to the end: a second settlement waits, then finds them settled
        List<PartSale> sales = em.createQuery("SELECT s FROM PartSale s WHERE s.servicePoint = :p"
                + " AND s.settlementNumber IS NULL", PartSale.class).setParameter("p", point)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList(); // Derby: no ORDER BY with FOR UPDATE
        sales = sales.stream().filter(s -> !s.settled()).sorted(java.util.Comparator.comparing(PartSale::getId))
                .toList();
        if (sales.isEmpty()) {
            throw new ConflictException("error.nothingToSettle", point);
        }
        Instant now = calendar.now();
        BigDecimal total = sales.stream().map(PartSale::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        SalesSettlement settlement = new SalesSettlement(warehouse.number(DocumentKind.PAYMENT_SLIP, now), point, sales.size(), total, caller(),
                receiver, now);
        sales.forEach(s -> s.settle(settlement.getNumber()));
        em.persist(settlement);
        em.flush();
        return SettlementView.of(settlement, rows("s.settlementNumber = :p", settlement.getNumber()));
    }

    /** P5: finance confirms it received the money of a payment slip; once (409 the second time). */
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public SettlementView received(String number) {
        SalesSettlement s = em.createQuery("SELECT s FROM SalesSettlement s WHERE s.number = :n", SalesSettlement.class)
                .setParameter("n", number).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("SalesSettlement", number));
        s.received(caller(), calendar.now()); // P5: once, and not by whoever paid it in (409)
        em.flush();
        return SettlementView.of(s, rows("s.settlementNumber = :p", number));
    }

    public SettlementView settlement(String number) {
        SalesSettlement s = em.createQuery("SELECT s FROM SalesSettlement s WHERE s.number = :n", SalesSettlement.class)
                .setParameter("n", number).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("SalesSettlement", number));
        return SettlementView.of(s, rows("s.settlementNumber = :p", number));
    }

    /** P5: the payment slips of a service point (or all), newest first; {@code open}: not yet received by finance. */
    public PageResult<SettlementView> settlements(String servicePoint, boolean open, int first, int size) {
        String sp = servicePoint == null || servicePoint.isBlank() ? null
                : servicePoint.strip().toUpperCase(java.util.Locale.ROOT);
        String where = " WHERE 1 = 1" + (sp == null ? "" : " AND s.servicePoint = :sp")
                + (open ? " AND s.receivedAt IS NULL" : "");
        var page = em.createQuery("SELECT s FROM SalesSettlement s" + where + " ORDER BY s.id DESC",
                SalesSettlement.class);
        var count = em.createQuery("SELECT COUNT(s) FROM SalesSettlement s" + where, Long.class);
        if (sp != null) {
            page.setParameter("sp", sp);
            count.setParameter("sp", sp);
        }
        return new PageResult<>(page.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(s -> SettlementView.of(s, List.of())).toList(), count.getSingleResult());
    }

    /** The sales of a settlement (or the unsettled ones) grouped by salesperson and payment method. */
    private List<SettlementRow> rows(String condition, String param) {
        return em.createQuery("SELECT s.soldBy, s.paymentMethod, COUNT(s), SUM(s.total) FROM PartSale s WHERE "
                + condition + " GROUP BY s.soldBy, s.paymentMethod ORDER BY s.soldBy, s.paymentMethod", Object[].class)
                .setParameter("p", param).getResultList().stream()
                .map(r -> new SettlementRow((String) r[0], (PaymentMethod) r[1], ((Number) r[2]).longValue(),
                        ((BigDecimal) r[3]).setScale(2, java.math.RoundingMode.HALF_UP)))
                .toList();
    }

    private PartSale sale(String number) {
        return em.createQuery("SELECT s FROM PartSale s WHERE s.number = :n", PartSale.class).setParameter("n", number)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("PartSale", number));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

}
