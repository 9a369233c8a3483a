package org.aftersales.quality.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.customers.boundary.ProductService;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.KpiCounters;
import org.aftersales.domain.quality.KpiDaily;
import org.aftersales.domain.quality.KpiDimension;
import org.aftersales.domain.quality.TicketFact;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.quality.boundary.KpiViews.KpiGroup;
import org.aftersales.quality.boundary.KpiViews.KpiMonth;
import org.aftersales.quality.boundary.KpiViews.KpiReport;

/**
 * Q8 (4.6 售后服务信息统计与分析): the KPIs of any period, all tickets and grouped by model, region,
 * technician, kind or fault level — added up from the daily rollups the events keep
 * ({@code control.KpiFacts}), never from the tickets; the satisfaction trend month by month. The
 * definitions are {@link org.aftersales.domain.quality.KpiRules}.
 */
@Stateless
@RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class Kpis {

    /** The longest period one view adds up (a little over two years). */
    public static final int MAX_DAYS = 800;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private ProductService products;

    public KpiReport report(LocalDate from, LocalDate to, KpiDimension groupBy) {
        check(from, to);
        KpiCounters total = sums(KpiDimension.ALL, from, to).getOrDefault(TicketFact.NONE, KpiCounters.ZERO);
        Map<String, Long> byModel = products.countsByModel();
        long all = byModel.values().stream().mapToLong(Long::longValue).sum();
        List<KpiGroup> groups = new ArrayList<>();
        if (groupBy != null && groupBy != KpiDimension.ALL) {
            sums(groupBy, from, to)
                    .forEach((key, c) -> groups.add(
                            new KpiGroup(key, c, groupBy == KpiDimension.MODEL ? byModel.getOrDefault(key, 0L) : all)));
            groups.sort(Comparator.comparingLong((KpiGroup g) -> -g.counters().closed())
                    .thenComparing(KpiGroup::key));
        }
        return new KpiReport(from, to, groupBy == null ? KpiDimension.ALL : groupBy, total, all, groups);
    }

    /** Q7: the figures month by month (the satisfaction trend); only the months that had any. */
    public List<KpiMonth> trend(LocalDate from, LocalDate to) {
        check(from, to);
        Map<YearMonth, KpiCounters> months = new TreeMap<>();
        for (Object[] row : em.createNamedQuery(KpiDaily.SUMS_BY_DAY, Object[].class)
                .setParameter("dimension", KpiDimension.ALL)
                .setParameter("dimKey", TicketFact.NONE)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            months.merge(YearMonth.from((LocalDate) row[0]), KpiDaily.fromSums(row), KpiCounters::plus);
        }
        return months.entrySet().stream()
                .map(e -> new KpiMonth(e.getKey(), e.getValue()))
                .toList();
    }

    private Map<String, KpiCounters> sums(KpiDimension dimension, LocalDate from, LocalDate to) {
        Map<String, KpiCounters> sums = new TreeMap<>();
        for (Object[] row : em.createNamedQuery(KpiDaily.SUMS_BY_KEY, Object[].class)
                .setParameter("dimension", dimension)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()) {
            sums.put((String) row[0], KpiDaily.fromSums(row));
        }
        return sums;
    }

    static void check(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new RuleViolationException(FieldError.of("from", "validation.required"));
        }
        if (to == null) {
            throw new RuleViolationException(FieldError.of("to", "validation.required"));
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException(FieldError.of("to", "validation.dateOrder"));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RuleViolationException(FieldError.of("to", "validation.rangeTooLong", MAX_DAYS));
        }
    }
}
