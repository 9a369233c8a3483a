package org.aftersales.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.domain.billing.CostCategory;
import org.aftersales.domain.billing.ExpenseClaimState;
import org.aftersales.domain.billing.ExpenseQuota;
import org.aftersales.domain.billing.Payer;
import org.aftersales.domain.billing.QuoteState;
import org.aftersales.domain.billing.TicketMargin;
import org.aftersales.domain.billing.WarrantyCost;
import org.aftersales.domain.shared.PageResult;

/**
 * B7: where every figure of the billing reports comes from — one method per source, so the sources
 * other parts of issue 13 add (ticket actual costs, expense claims, over/short cash, quotas) join
 * here. Times are half-open [from, to).
 *
 * <p>The daily report's costs are the B5 cost bookings of the tickets resolved in the period. The
 * margin and the warranty cost per model still take a ticket's quote's cost lines (B2) once the
 * ticket is resolved, when the quote counts: accepted by the customer, or a draft that needs no
 * acceptance (payer WARRANTY or CONTRACT, B3); declined quotes and quotes waiting for a discount's
 * approval do not.
 */
@Dependent
public class ReportQueries {

    /** The quote of a resolved ticket counts towards cost (see the class comment). */
    private static final String COSTED = " (q.state = :accepted OR (q.state = :draft AND q.payer <> :customer)) ";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /** 10.3: money received by the department's charges (payment lines above zero). */
    public BigDecimal receipts(String department, Instant from, Instant to) {
        return sumIn(
                "SELECT SUM(p.amount) FROM ChargePayment p WHERE p.charge.department = :department"
                        + " AND p.at >= :from AND p.at < :to AND p.amount > 0",
                department,
                from,
                to);
    }

    /** W6: refunds paid out (the negative payment lines), as a positive amount. */
    public BigDecimal refundsPaid(String department, Instant from, Instant to) {
        return sumIn(
                        "SELECT SUM(p.amount) FROM ChargePayment p WHERE p.charge.department = :department"
                                + " AND p.at >= :from AND p.at < :to AND p.amount < 0",
                        department,
                        from,
                        to)
                .negate();
    }

    /** 10.3: charges (收费单) made: their totals. */
    public BigDecimal charges(String department, Instant from, Instant to) {
        return sumIn(
                "SELECT SUM(c.total) FROM Charge c WHERE c.department = :department"
                        + " AND c.createdAt >= :from AND c.createdAt < :to",
                department,
                from,
                to);
    }

    /**
     * B5: the booked cost (CostBooking: parts at issue cost, labour at the internal rate, travel and
     * allowances, rental and site coordination, return freight) of the department's tickets resolved
     * in the period, by category — whatever their quotes say.
     */
    public Map<CostCategory, BigDecimal> costsByCategory(String department, Instant from, Instant to) {
        Object[] r = em.createQuery(
                        "SELECT SUM(b.parts), SUM(b.labour), SUM(b.travelAllowance), SUM(b.rental), SUM(b.freight)"
                                + " FROM CostBooking b, Ticket t WHERE t.number = b.ticketNumber"
                                + " AND b.department = :department AND t.resolvedAt >= :from AND t.resolvedAt < :to",
                        Object[].class)
                .setParameter("department", department)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        Map<CostCategory, BigDecimal> costs = new EnumMap<>(CostCategory.class);
        CostCategory[] order = {
            CostCategory.PARTS,
            CostCategory.LABOUR,
            CostCategory.TRAVEL_ALLOWANCE,
            CostCategory.RENTAL,
            CostCategory.FREIGHT
        };
        for (int i = 0; i < order.length; i++) {
            costs.put(order[i], sum((BigDecimal) r[i]));
        }
        return costs;
    }

    /**
     * 10.3 长短款: the over/short cash (counted − total; over +, short −) of the department's payment
     * slips the cashier received in the period.
     */
    public BigDecimal overShort(String department, Instant from, Instant to) {
        return sumIn(
                "SELECT SUM(s.counted - s.total) FROM CashSlip s WHERE s.unit = :department"
                        + " AND s.receivedAt >= :from AND s.receivedAt < :to",
                department,
                from,
                to);
    }

    /** B7 定额: what the department's approved (or paid) expense claims filed from {@code from} to {@code to} add up to. */
    public BigDecimal expenseUsed(String department, LocalDate from, LocalDate to) {
        return sum(em.createQuery(
                        "SELECT SUM(c.total) FROM ExpenseClaim c WHERE c.department = :department"
                                + " AND c.state IN :states AND c.filedOn >= :from AND c.filedOn <= :to",
                        BigDecimal.class)
                .setParameter("department", department)
                .setParameter("states", EnumSet.of(ExpenseClaimState.APPROVED, ExpenseClaimState.PAID))
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult());
    }

    /** B7 定额: the department's expense quota of the month (费用登记 / 定额); empty when none is entered. */
    public Optional<BigDecimal> expenseQuota(String department, YearMonth month) {
        return em.createNamedQuery("ExpenseQuota.of", ExpenseQuota.class)
                .setParameter("month", month.toString())
                .setParameter("department", department)
                .getResultStream()
                .findFirst()
                .map(ExpenseQuota::getAmount);
    }

    /**
     * B3, B5: per model, the warranty repairs (payer WARRANTY) resolved in the month and their quotes'
     * costs; one department or all (null).
     */
    public List<WarrantyCost> warrantyCosts(String department, YearMonth month, Instant from, Instant to) {
        var query = em.createQuery(
                        "SELECT t.model, COUNT(q), SUM(q.materials), SUM(q.labour), SUM(q.travel), SUM(q.tax),"
                                + " SUM(q.cost) FROM Quote q, Ticket t WHERE t.number = q.ticketNumber"
                                + " AND q.payer = :warranty AND q.state <> :declined AND q.state <> :awaiting"
                                + " AND t.resolvedAt >= :from AND t.resolvedAt < :to"
                                + (department == null ? "" : " AND t.department = :department")
                                + " GROUP BY t.model ORDER BY t.model",
                        Object[].class)
                .setParameter("warranty", Payer.WARRANTY)
                .setParameter("declined", QuoteState.DECLINED)
                .setParameter("awaiting", QuoteState.AWAITING_APPROVAL)
                .setParameter("from", from)
                .setParameter("to", to);
        if (department != null) {
            query.setParameter("department", department);
        }
        List<Object[]> rows = query.getResultList();
        List<WarrantyCost> costs = new ArrayList<>();
        for (Object[] r : rows) {
            costs.add(new WarrantyCost(
                    month,
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    (BigDecimal) r[2],
                    (BigDecimal) r[3],
                    (BigDecimal) r[4],
                    (BigDecimal) r[5],
                    (BigDecimal) r[6]));
        }
        return costs;
    }

    /**
     * B5: the margin of each of the department's tickets resolved in the period whose quote counts,
     * in the order they were resolved: the quote's cost and the charge (total less refunds).
     */
    public PageResult<TicketMargin> margins(String department, Instant from, Instant to, int first, int size) {
        String where = " FROM Quote q, Ticket t WHERE t.number = q.ticketNumber AND t.department = :department"
                + " AND t.resolvedAt >= :from AND t.resolvedAt < :to AND" + COSTED;
        long total = costed(em.createQuery("SELECT COUNT(q)" + where, Long.class))
                .setParameter("department", department)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        List<Object[]> rows = costed(em.createQuery(
                        "SELECT q.ticketNumber, t.model, q.payer, t.resolvedAt, q.cost" + where
                                + " ORDER BY t.resolvedAt, q.ticketNumber",
                        Object[].class))
                .setParameter("department", department)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        List<TicketMargin> margins = new ArrayList<>();
        for (Object[] r : rows) {
            margins.add(new TicketMargin(
                    (String) r[0], (String) r[1], (Payer) r[2], (Instant) r[3], (BigDecimal) r[4], null));
        }
        if (!margins.isEmpty()) {
            Map<String, BigDecimal> charged = new HashMap<>();
            em.createQuery(
                            "SELECT c.ticketNumber, c.total, c.refunded FROM Charge c WHERE c.ticketNumber IN :numbers",
                            Object[].class)
                    .setParameter(
                            "numbers",
                            margins.stream().map(TicketMargin::ticketNumber).toList())
                    .getResultList()
                    .forEach(r -> charged.put((String) r[0], ((BigDecimal) r[1]).subtract((BigDecimal) r[2])));
            margins.replaceAll(m -> m.charged(charged.get(m.ticketNumber())));
        }
        return new PageResult<>(margins, total);
    }

    private static <Q extends jakarta.persistence.TypedQuery<?>> Q costed(Q query) {
        query.setParameter("accepted", QuoteState.ACCEPTED)
                .setParameter("draft", QuoteState.DRAFT)
                .setParameter("customer", Payer.CUSTOMER);
        return query;
    }

    /** The single SUM of {@code jpql} for a department and a period ({@code :department}, {@code :from}, {@code :to}); 0 when no row. */
    private BigDecimal sumIn(String jpql, String department, Object from, Object to) {
        return sum(em.createQuery(jpql, BigDecimal.class)
                .setParameter("department", department)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult());
    }

    private static BigDecimal sum(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
