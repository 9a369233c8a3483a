package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Q8: one day's counters under one key of one dimension (all tickets, a model, a region, a
 * technician, a kind of service, a fault level), kept up to date as the facts change. A period's
 * figures are the sum of its days' rows: a year is at most 366 rows per key, whatever the number of
 * tickets.
 */
@Entity
@Table(name = "kpi_daily")
@NamedQueries({
    @NamedQuery(
            name = KpiDaily.SUMS_BY_KEY,
            query =
                    "SELECT d.dimKey, SUM(d.closed), SUM(d.firstTimeFix), SUM(d.repairClosed), SUM(d.repeatFailures), SUM(d.arrivalDue), SUM(d.arrivalMet), SUM(d.solutionDue), SUM(d.solutionMet), SUM(d.resolutionDue), SUM(d.resolutionMet), SUM(d.repaired), SUM(d.repairMinutes), SUM(d.surveys), SUM(d.scoreSum), SUM(d.evaluations), SUM(d.qualitySum), SUM(d.attitudeSum), SUM(d.complaints) FROM KpiDaily d"
                            + " WHERE d.dimension = :dimension AND d.kpiDay BETWEEN :from AND :to GROUP BY d.dimKey"),
    @NamedQuery(
            name = KpiDaily.SUMS_BY_DAY,
            query =
                    "SELECT d.kpiDay, SUM(d.closed), SUM(d.firstTimeFix), SUM(d.repairClosed), SUM(d.repeatFailures), SUM(d.arrivalDue), SUM(d.arrivalMet), SUM(d.solutionDue), SUM(d.solutionMet), SUM(d.resolutionDue), SUM(d.resolutionMet), SUM(d.repaired), SUM(d.repairMinutes), SUM(d.surveys), SUM(d.scoreSum), SUM(d.evaluations), SUM(d.qualitySum), SUM(d.attitudeSum), SUM(d.complaints) FROM KpiDaily d"
                            + " WHERE d.dimension = :dimension AND d.dimKey = :dimKey AND d.kpiDay BETWEEN :from AND :to"
                            + " GROUP BY d.kpiDay")
})
public class KpiDaily {

    public static final String SUMS_BY_KEY = "KpiDaily.sumsByKey";
    public static final String SUMS_BY_DAY = "KpiDaily.sumsByDay";

    @Id
    @Column(name = "id", length = 120)
    private String id;

    @Column(name = "kpi_day", nullable = false)
    private LocalDate kpiDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 12)
    private KpiDimension dimension;

    @Column(name = "dim_key", nullable = false, length = 64)
    private String dimKey;

    @Column(name = "closed", nullable = false)
    private long closed;

    @Column(name = "first_time_fix", nullable = false)
    private long firstTimeFix;

    @Column(name = "repair_closed", nullable = false)
    private long repairClosed;

    @Column(name = "repeat_failures", nullable = false)
    private long repeatFailures;

    @Column(name = "arrival_due", nullable = false)
    private long arrivalDue;

    @Column(name = "arrival_met", nullable = false)
    private long arrivalMet;

    @Column(name = "solution_due", nullable = false)
    private long solutionDue;

    @Column(name = "solution_met", nullable = false)
    private long solutionMet;

    @Column(name = "resolution_due", nullable = false)
    private long resolutionDue;

    @Column(name = "resolution_met", nullable = false)
    private long resolutionMet;

    @Column(name = "repaired", nullable = false)
    private long repaired;

    @Column(name = "repair_minutes", nullable = false)
    private long repairMinutes;

    @Column(name = "surveys", nullable = false)
    private long surveys;

    @Column(name = "score_sum", nullable = false)
    private long scoreSum;

    @Column(name = "evaluations", nullable = false)
    private long evaluations;

    @Column(name = "quality_sum", nullable = false)
    private long qualitySum;

    @Column(name = "attitude_sum", nullable = false)
    private long attitudeSum;

    @Column(name = "complaints", nullable = false)
    private long complaints;

    protected KpiDaily() {}

    public KpiDaily(LocalDate day, KpiDimension dimension, String key) {
        this.id = idOf(day, dimension, key);
        this.kpiDay = day;
        this.dimension = dimension;
        this.dimKey = key;
    }

    public static String idOf(LocalDate day, KpiDimension dimension, String key) {
        return day + "|" + dimension + "|" + key;
    }

    /** Adds ({@code sign} 1) or takes away (-1) a contribution. */
    public void add(KpiCounters c, int sign) {
        closed += sign * c.closed();
        firstTimeFix += sign * c.firstTimeFix();
        repairClosed += sign * c.repairClosed();
        repeatFailures += sign * c.repeatFailures();
        arrivalDue += sign * c.arrivalDue();
        arrivalMet += sign * c.arrivalMet();
        solutionDue += sign * c.solutionDue();
        solutionMet += sign * c.solutionMet();
        resolutionDue += sign * c.resolutionDue();
        resolutionMet += sign * c.resolutionMet();
        repaired += sign * c.repaired();
        repairMinutes += sign * c.repairMinutes();
        surveys += sign * c.surveys();
        scoreSum += sign * c.scoreSum();
        evaluations += sign * c.evaluations();
        qualitySum += sign * c.qualitySum();
        attitudeSum += sign * c.attitudeSum();
        complaints += sign * c.complaints();
    }

    public KpiCounters counters() {
        return new KpiCounters(
                closed,
                firstTimeFix,
                repairClosed,
                repeatFailures,
                arrivalDue,
                arrivalMet,
                solutionDue,
                solutionMet,
                resolutionDue,
                resolutionMet,
                repaired,
                repairMinutes,
                surveys,
                scoreSum,
                evaluations,
                qualitySum,
                attitudeSum,
                complaints);
    }

    /** The counters of a row of {@link #SUMS_BY_KEY} / {@link #SUMS_BY_DAY} from position 1 on. */
    public static KpiCounters fromSums(Object[] row) {
        long[] v = new long[18];
        for (int i = 0; i < v.length; i++) {
            v[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
        }
        return new KpiCounters(
                v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15],
                v[16], v[17]);
    }

    public String getId() {
        return id;
    }

    public LocalDate getDay() {
        return kpiDay;
    }

    public KpiDimension getDimension() {
        return dimension;
    }

    public String getDimKey() {
        return dimKey;
    }
}
