package org.aftersales.tickets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.domain.tickets.WorkEntry;
import org.aftersales.tickets.boundary.TicketViews.CategoryTotal;
import org.aftersales.tickets.boundary.TicketViews.WorkLine;

/** T11: the daily reports' queries over the work entries; the totals are summed by the database, per group. */
@Dependent
public class WorkReportQueries {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /** A technician's entries of a day, by ticket number. */
    public List<WorkLine> day(String technician, LocalDate date) {
        return em
                .createQuery(
                        "SELECT w FROM WorkEntry w WHERE w.technician = :technician AND w.workDate = :date "
                                + "ORDER BY w.ticketNumber",
                        WorkEntry.class)
                .setParameter("technician", technician)
                .setParameter("date", date)
                .getResultList()
                .stream()
                .map(w -> new WorkLine(
                        w.getTechnician(), w.getWorkDate(), w.getTicketNumber(), w.getCategory(), w.getHours()))
                .toList();
    }

    /** The department per category: tickets worked on (each once, however many worked on it) and hours. */
    public List<CategoryTotal> perCategory(LocalDate from, LocalDate to) {
        return em
                .createQuery(
                        "SELECT w.category, COUNT(DISTINCT w.ticketNumber), SUM(w.hours) FROM WorkEntry w "
                                + "WHERE w.workDate >= :from AND w.workDate <= :to GROUP BY w.category",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(r -> new CategoryTotal(null, (ServiceKind) r[0], ((Number) r[1]).longValue(), decimal(r[2])))
                .toList();
    }

    /** Per technician and category: tickets worked on and hours. */
    public List<CategoryTotal> perTechnicianAndCategory(LocalDate from, LocalDate to) {
        return em
                .createQuery(
                        "SELECT w.technician, w.category, COUNT(DISTINCT w.ticketNumber), SUM(w.hours) "
                                + "FROM WorkEntry w WHERE w.workDate >= :from AND w.workDate <= :to GROUP BY w.technician, w.category",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(r -> new CategoryTotal(
                        (String) r[0], (ServiceKind) r[1], ((Number) r[2]).longValue(), decimal(r[3])))
                .toList();
    }

    private static BigDecimal decimal(Object sum) {
        return sum == null ? BigDecimal.ZERO : sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
    }
}
