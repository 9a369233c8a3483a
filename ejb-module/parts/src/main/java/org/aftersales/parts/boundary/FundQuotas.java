package org.aftersales.parts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.parts.FundQuota;
import org.aftersales.domain.parts.FundUse;
import org.aftersales.domain.parts.ServicePoint;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.parts.control.PartSearch;
import org.aftersales.parts.control.Warehouse;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * P6 (SH/BD-06 资金使用情况): the fund quota (资金定额) of each service point, set by finance or a
 * manager, and the use of it at a month's end: quota, month-end stock value, available next month.
 */
@Stateless
@RolesAllowed({Roles.WAREHOUSE, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN, Roles.TECHNICIAN, Roles.DISPATCHER})
public class FundQuotas {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private StockService stock;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private PartSearch search;

    /** A service point with its quota (null when none is set). */
    public record QuotaView(String servicePoint, String name, BigDecimal amount) implements Serializable {}

    /** Every service point (in code order) with its quota. */
    @RolesAllowed({Roles.WAREHOUSE, Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public List<QuotaView> all() {
        Map<String, BigDecimal> quotas = new HashMap<>();
        for (FundQuota q : em.createNamedQuery("FundQuota.all", FundQuota.class).getResultList()) {
            quotas.put(q.getServicePoint(), q.getAmount());
        }
        return search.servicePoints(0, 10_000).items().stream()
                .map(p -> new QuotaView(p.getCode(), p.getName(), quotas.get(p.getCode())))
                .toList();
    }

    /** P6: sets the quota of a service point (unknown → 404; negative → 422 on {@code amount}). */
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public QuotaView set(String servicePoint, BigDecimal amount) {
        String code = Warehouse.code(servicePoint);
        ServicePoint point = em.createNamedQuery("ServicePoint.byCode", ServicePoint.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownEntityException("ServicePoint", code));
        Optional<FundQuota> existing = quota(code, true);
        FundQuota quota;
        if (existing.isPresent()) {
            quota = existing.get();
            quota.change(amount);
        } else {
            quota = new FundQuota(code, amount);
            em.persist(quota);
        }
        return new QuotaView(code, point.getName(), quota.getAmount());
    }

    /**
     * P6 (SH/BD-06): 资金定额, 月末库存 and 下月初可用款 of a service point (null or blank: all of them,
     * their quotas added up) for {@code month}; the month-end stock from the ledger.
     */
    public FundUse use(String servicePoint, YearMonth month) {
        String code = Text.optional(servicePoint) == null ? null : Warehouse.code(servicePoint);
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(calendar.zone()).toInstant();
        BigDecimal quota = code == null
                ? em.createNamedQuery("FundQuota.all", FundQuota.class).getResultList().stream()
                        .map(FundQuota::getAmount)
                        .reduce(BigDecimal::add)
                        .orElse(null)
                : quota(code, false).map(FundQuota::getAmount).orElse(null);
        return new FundUse(quota, stock.stockValueAt(code, end));
    }

    /**
     * B7 定额: the fund quota (资金定额) of a service point, or (null or blank) of all of them added up;
     * null when none is set.
     */
    @RolesAllowed({Roles.FINANCE, Roles.MANAGER, Roles.ADMIN})
    public BigDecimal quotaOf(String servicePoint) {
        String code = Text.optional(servicePoint) == null ? null : Warehouse.code(servicePoint);
        return code == null
                ? em.createNamedQuery("FundQuota.all", FundQuota.class).getResultList().stream()
                        .map(FundQuota::getAmount)
                        .reduce(BigDecimal::add)
                        .orElse(null)
                : quota(code, false).map(FundQuota::getAmount).orElse(null);
    }

    private Optional<FundQuota> quota(String code, boolean lock) {
        var query = em.createNamedQuery("FundQuota.ofPoint", FundQuota.class).setParameter("point", code);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }
}
