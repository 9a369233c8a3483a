package org.aftersales.billing.boundary;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.billing.boundary.CashSlipViews.CashLine;
import org.aftersales.billing.boundary.CashSlipViews.NewSlip;
import org.aftersales.billing.boundary.CashSlipViews.SlipView;
import org.aftersales.billing.boundary.CashSlipViews.Unhanded;
import org.aftersales.billing.control.CashSlipSearch;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.CashSlip;
import org.aftersales.domain.billing.ChargePayment;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.PaymentSlip;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.numbering.boundary.DocumentNumbers;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * 10.3 收费管理: the cash a technician (or agent) took for charges is handed in at the end of the day on
 * a payment slip (缴款单, T10 number JK, the same PaymentSlip as the parts counter's settlement) per
 * department to the finance office's cashier, who settles it once: two cashiers at the same time → one
 * settles, the other gets 409, nothing counted twice.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.TECHNICIAN, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
public class CashSlips {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private DocumentNumbers numbers;

    @Inject
    private CashSlipSearch search;

    /** The caller's cash not yet handed in, per department. */
    public List<Unhanded> unhanded() {
        Map<String, List<CashLine>> by = new TreeMap<>();
        for (ChargePayment p : search.unhanded(me())) {
            by.computeIfAbsent(p.getCharge().getDepartment(), d -> new ArrayList<>())
                    .add(CashLine.of(p));
        }
        List<Unhanded> out = new ArrayList<>();
        by.forEach((d, lines) -> out.add(new Unhanded(
                d,
                lines.size(),
                lines.stream().map(CashLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                lines)));
        return out;
    }

    /** 10.3: the caller hands in all cash of the department on one payment slip; nothing to hand in → 409. */
    @RolesAllowed({Roles.AGENT, Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN})
    public SlipView handIn(@NotNull @Valid NewSlip input) {
        String department = input.department().strip();
        List<ChargePayment> cash = search.lockUnhanded(me(), department);
        Instant now = calendar.now();
        CashSlip slip = PaymentSlip.settle(
                cash,
                department,
                "error.nothingToHandIn",
                (totals, unit) -> new CashSlip(
                        numbers.next(DocumentKind.PAYMENT_SLIP, unit, YearMonth.from(now.atZone(calendar.zone())))
                                .toString(),
                        unit,
                        totals.count(),
                        totals.total(),
                        me(),
                        input.cashier().strip(),
                        now));
        em.persist(slip);
        em.flush();
        return SlipView.of(slip, cash);
    }

    /**
     * 10.3: the cashier settles the slip (confirms the money received): once — the slip's row is
     * locked, a second cashier waits and gets 409 — and never by whoever paid it in (409). The cashier
     * records the cash counted ({@code counted}, null: the slip's total); the difference is the slip's
     * over/short cash (长短款), summed by the daily report (B7).
     */
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public SlipView settle(String number, BigDecimal counted) {
        CashSlip slip = search.slip(number, true).orElseThrow(() -> new UnknownEntityException("CashSlip", number));
        slip.received(me(), calendar.now(), counted);
        em.flush();
        return SlipView.of(slip, search.onSlip(number));
    }

    /** A slip: for who paid it in, finance, managers and administrators (anyone else: 404). */
    public SlipView get(String number) {
        CashSlip slip = search.slip(number, false).orElseThrow(() -> new UnknownEntityException("CashSlip", number));
        Caller caller = Caller.of(context);
        if (!slip.getPaidInBy().equals(caller.name()) && !caller.isAny(Role.FINANCE, Role.MANAGER)) {
            throw new UnknownEntityException("CashSlip", number);
        }
        return SlipView.of(slip, search.onSlip(number));
    }

    /** The caller's slips, or (finance, managers) everyone's; {@code open}: not yet settled. */
    public PageResult<SlipView> list(boolean all, boolean open, int first, int size) {
        Caller caller = Caller.of(context);
        String who = all && caller.isAny(Role.FINANCE, Role.MANAGER) ? null : caller.name();
        PageResult<CashSlip> page = search.slips(who, open, first, size);
        return new PageResult<>(
                page.items().stream().map(s -> SlipView.of(s, List.of())).toList(), page.total());
    }

    private String me() {
        return Caller.of(context).name();
    }
}
