package org.aftersales.parts.boundary;

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
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.parts.MovementType;
import org.aftersales.domain.parts.Part;
import org.aftersales.domain.parts.PartSale;
import org.aftersales.domain.parts.SalesSettlement;
import org.aftersales.domain.parts.StockLevel;
import org.aftersales.domain.parts.StockMovement;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.PaymentSlip;
import org.aftersales.domain.shared.SingleLine;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.boundary.PartSaleViews.NewSale;
import org.aftersales.parts.boundary.PartSaleViews.NewSaleLine;
import org.aftersales.parts.boundary.PartSaleViews.SaleView;
import org.aftersales.parts.boundary.PartSaleViews.SettlementRow;
import org.aftersales.parts.boundary.PartSaleViews.SettlementView;
import org.aftersales.parts.control.Checks.KnownServicePoint;
import org.aftersales.parts.control.SaleSearch;
import org.aftersales.parts.control.StockLevels;
import org.aftersales.parts.control.StockLevels.Key;
import org.aftersales.parts.control.Warehouse;
import org.aftersales.settings.boundary.BusinessCalendar;

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

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private StockLevels levels;

    @EJB
    private Warehouse warehouse;

    @Inject
    private SaleSearch search;

    @Inject
    private BusinessCalendar calendar;

    /** P5: the sales card; the parts leave the stock at their average cost, sold at the catalogue price. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public SaleView sell(@Valid NewSale request) {
        String point = Warehouse.code(request.servicePoint());
        String cashier = Text.optional(request.cashier()) == null
                ? caller()
                : request.cashier().strip();
        TreeSet<Key> keys = new TreeSet<>();
        request.lines().forEach(l -> keys.add(new Key(point, l.partNumber().strip())));
        Map<String, Part> parts =
                warehouse.parts(keys.stream().map(Key::partNumber).toList());
        Map<Key, StockLevel> locked = levels.lock(keys, false);
        Map<Key, Integer> before = Warehouse.onHand(locked);
        Instant now = calendar.now();
        PartSale sale = new PartSale(
                warehouse.number(DocumentKind.PART_SALE, now),
                point,
                request.buyer().strip(),
                Text.optional(request.buyerPhone()),
                Text.optional(request.ticketNumber()),
                request.paymentMethod(),
                cashier,
                caller(),
                now,
                Text.optional(request.note()));
        for (NewSaleLine line : request.lines()) {
            Key key = new Key(point, line.partNumber().strip());
            StockMovement out = Warehouse.take(
                    locked.get(key),
                    key,
                    MovementType.SALE,
                    line.qty(),
                    sale.getNumber(),
                    now,
                    caller()); // P6: not enough → the whole sale rolls back
            em.persist(out);
            Part part = parts.get(key.partNumber());
            sale.line(
                    part.getPartNumber(),
                    part.getName(),
                    part.getUnit(),
                    line.qty(),
                    part.getPrice(),
                    out.getUnitCost());
        }
        em.persist(sale);
        em.flush();
        warehouse.announceLowStock(locked, before, now);
        return SaleView.of(sale);
    }

    public SaleView find(String number) {
        return SaleView.of(search.sale(number).orElseThrow(() -> new UnknownEntityException("PartSale", number)));
    }

    /**
     * P5: the sales of a service point (or all), newest first, between two days (inclusive, in the
     * configured time zone); {@code settled} false: only those not yet handed in.
     */
    public PageResult<SaleView> list(
            String servicePoint, LocalDate from, LocalDate to, Boolean settled, int first, int size) {
        PageResult<PartSale> page = search.sales(
                servicePoint,
                from == null ? null : calendar.startOf(from),
                to == null ? null : calendar.endOf(to),
                settled,
                first,
                size);
        return new PageResult<>(page.items().stream().map(SaleView::of).toList(), page.total());
    }

    /** P5: what the counter of {@code servicePoint} would hand in now (销售结帐表 of the unsettled sales). */
    public SettlementView unsettled(@NotBlank @KnownServicePoint String servicePoint) {
        String point = Warehouse.code(servicePoint);
        List<SettlementRow> rows = search.unsettledRows(point);
        return new SettlementView(
                null,
                point,
                (int) rows.stream().mapToLong(SettlementRow::sales).sum(),
                rows.stream().map(SettlementRow::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                null,
                null,
                null,
                null,
                null,
                rows);
    }

    /**
     * P5: settles every unsettled sale of the service point on one payment slip (缴款单) handed to
     * {@code cashier} (收款员 of the finance office); the caller is the one who pays in (交款员).
     * Nothing to settle → 409.
     */
    @RolesAllowed({Roles.WAREHOUSE, Roles.MANAGER, Roles.ADMIN})
    public SettlementView settle(
            @NotBlank @KnownServicePoint String servicePoint, @NotBlank @Size(max = 64) @SingleLine String cashier) {
        String point = Warehouse.code(servicePoint);
        List<PartSale> sales = search.lockUnsettled(point);
        Instant now = calendar.now();
        // the shared payment slip (缴款单): every unsettled sale once, nothing left → 409
        SalesSettlement settlement = PaymentSlip.settle(
                sales,
                point,
                "error.nothingToSettle",
                (totals, unit) -> new SalesSettlement(
                        warehouse.number(DocumentKind.PAYMENT_SLIP, now),
                        unit,
                        totals.count(),
                        totals.total(),
                        caller(),
                        cashier.strip(),
                        now));
        em.persist(settlement);
        em.flush();
        return SettlementView.of(settlement, search.settledRows(settlement.getNumber()));
    }

    /** P5: finance confirms it received the money of a payment slip; once (409 the second time). */
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public SettlementView received(String number) {
        SalesSettlement s = settlement(number, true);
        s.received(caller(), calendar.now()); // P5: once, and not by whoever paid it in (409)
        em.flush();
        return SettlementView.of(s, search.settledRows(number));
    }

    public SettlementView settlement(String number) {
        return SettlementView.of(settlement(number, false), search.settledRows(number));
    }

    /** P5: the payment slips of a service point (or all), newest first; {@code open}: not yet received by finance. */
    public PageResult<SettlementView> settlements(String servicePoint, boolean open, int first, int size) {
        PageResult<SalesSettlement> page = search.settlements(servicePoint, open, first, size);
        return new PageResult<>(
                page.items().stream().map(s -> SettlementView.of(s, List.of())).toList(), page.total());
    }

    private SalesSettlement settlement(String number, boolean lock) {
        return search.settlement(number, lock).orElseThrow(() -> new UnknownEntityException("SalesSettlement", number));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
