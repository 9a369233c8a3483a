package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.aftersales.domain.tickets.ServiceKind;

/**
 * Q8: the quality context's own row per ticket, fed by the tickets' events (closed, reopened, a
 * later repair call for the serial) and by its own survey answers and repair evaluations. It
 * contributes {@link #counters()} to the daily rollups ({@link KpiDaily}) of the day it was closed,
 * under each of its {@link #keys() keys}; the caller moves that contribution whenever the row changes.
 */
@Entity
@Table(name = "kpi_ticket_fact")
@NamedQueries({
    @NamedQuery(
            name = TicketFact.REPEAT_CANDIDATES,
            query = "SELECT f FROM TicketFact f WHERE f.serialNumber = :serial AND f.closedAt IS NOT NULL"
                    + " AND f.closedAt < :registered AND f.closedAt >= :since AND f.repeatFailure = false"
                    + " AND f.ticketNumber <> :ticket"),
    @NamedQuery(
            name = TicketFact.LATER_CALLS,
            query = "SELECT COUNT(c) FROM RepairCall c WHERE c.serialNumber = :serial AND c.registeredAt > :closed"
                    + " AND c.registeredAt <= :until AND c.ticketNumber <> :ticket"),
    @NamedQuery(
            name = TicketFact.CLOSED_IN,
            query = "SELECT f.ticketNumber FROM TicketFact f WHERE f.closedDay BETWEEN :from AND :to"
                    + " ORDER BY f.ticketNumber"),
    @NamedQuery(
            name = TicketFact.UNEVALUATED,
            query = "SELECT f FROM TicketFact f WHERE f.closedAt IS NOT NULL AND f.evalQuality IS NULL"
                    + " ORDER BY f.closedAt DESC"),
    @NamedQuery(
            name = TicketFact.BY_TECHNICIAN,
            query = "SELECT f FROM TicketFact f WHERE f.closedDay BETWEEN :from AND :to"
                    + " AND f.technician = :technician ORDER BY f.closedAt")
})
public class TicketFact {

    public static final String REPEAT_CANDIDATES = "TicketFact.repeatCandidates";
    public static final String LATER_CALLS = "TicketFact.laterCalls";
    public static final String CLOSED_IN = "TicketFact.closedIn";
    public static final String BY_TECHNICIAN = "TicketFact.byTechnician";
    public static final String UNEVALUATED = "TicketFact.unevaluated";
    /** The key under which a fact without the attribute is counted (a ticket without a model …). */
    public static final String NONE = "-";

    @Id
    @Column(name = "ticket_number", length = 32)
    private String ticketNumber;

    @Column(name = "serial_number", length = 64)
    private String serialNumber;

    @Column(name = "model", nullable = false, length = 64)
    private String model = NONE;

    @Column(name = "region", nullable = false, length = 64)
    private String region = NONE;

    @Column(name = "technician", nullable = false, length = 64)
    private String technician = NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20)
    private ServiceKind kind;

    @Column(name = "fault_level", nullable = false, length = 20)
    private String faultLevel = NONE;

    @Column(name = "cycle_start")
    private Instant cycleStart;

    @Column(name = "reopenings", nullable = false)
    private int reopenings;

    @Column(name = "arrive_by")
    private Instant arriveBy;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "solution_by")
    private Instant solutionBy;

    @Column(name = "solution_at")
    private Instant solutionAt;

    @Column(name = "resolve_by")
    private Instant resolveBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_day")
    private LocalDate closedDay;

    @Column(name = "repeat_failure", nullable = false)
    private boolean repeatFailure;

    @Column(name = "survey_score")
    private Integer surveyScore;

    @Column(name = "eval_quality")
    private Integer evalQuality;

    @Column(name = "eval_attitude")
    private Integer evalAttitude;

    protected TicketFact() {}

    public TicketFact(String ticketNumber) {
        this.ticketNumber = ticketNumber;
    }

    /** The ticket's close as its event told it (T3); the day in the department's time zone. */
    public void closed(Closing c, LocalDate day) {
        this.serialNumber = c.serialNumber();
        this.model = orNone(c.model());
        this.region = orNone(c.region());
        this.technician = orNone(c.technician());
        this.kind = c.kind();
        this.faultLevel = orNone(c.faultLevel());
        this.cycleStart = c.cycleStart();
        this.arriveBy = c.arriveBy();
        this.arrivedAt = c.arrivedAt();
        this.solutionBy = c.solutionBy();
        this.solutionAt = c.solutionAt();
        this.resolveBy = c.resolveBy();
        this.resolvedAt = c.resolvedAt();
        this.closedAt = c.closedAt();
        this.closedDay = day;
    }

    /** What the tickets' CLOSED event says of the ticket's last cycle. */
    public record Closing(
            String serialNumber,
            String model,
            String region,
            String technician,
            ServiceKind kind,
            String faultLevel,
            Instant cycleStart,
            Instant arriveBy,
            Instant arrivedAt,
            Instant solutionBy,
            Instant solutionAt,
            Instant resolveBy,
            Instant resolvedAt,
            Instant closedAt) {}

    /** T3: reopened — it counts nowhere until it is closed again, then not as a first-time fix. */
    public void reopened() {
        reopenings++;
        closedAt = null;
        closedDay = null;
    }

    public void markRepeatFailure() {
        repeatFailure = true;
    }

    public void surveyAnswered(Integer score) {
        this.surveyScore = score;
    }

    public void evaluated(Integer quality, Integer attitude) {
        this.evalQuality = quality;
        this.evalAttitude = attitude;
    }

    public TicketHistory history() {
        return new TicketHistory(
                ticketNumber,
                serialNumber,
                kind,
                cycleStart,
                reopenings,
                arriveBy,
                arrivedAt,
                solutionBy,
                solutionAt,
                resolveBy,
                resolvedAt,
                closedAt,
                surveyScore,
                evalQuality,
                evalAttitude);
    }

    /** What this ticket adds to the rollups of its closing day (nothing while open). */
    public KpiCounters counters() {
        return KpiRules.contribution(history(), repeatFailure);
    }

    /** The rollup keys this ticket counts under, one per dimension. */
    public Map<KpiDimension, String> keys() {
        Map<KpiDimension, String> keys = new EnumMap<>(KpiDimension.class);
        keys.put(KpiDimension.ALL, NONE);
        keys.put(KpiDimension.MODEL, model);
        keys.put(KpiDimension.REGION, region);
        keys.put(KpiDimension.TECHNICIAN, technician);
        keys.put(KpiDimension.KIND, kind == null ? NONE : kind.name());
        keys.put(KpiDimension.LEVEL, faultLevel);
        return keys;
    }

    /** The state that decides the rollups: the day, the keys and the counters. */
    public Snapshot snapshot() {
        return new Snapshot(closedDay, keys(), counters());
    }

    public record Snapshot(LocalDate day, Map<KpiDimension, String> keys, KpiCounters counters) {}

    static String orNone(String s) {
        return s == null || s.isBlank() || "null".equals(s) ? NONE : s;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getModel() {
        return model;
    }

    public String getRegion() {
        return region;
    }

    public String getTechnician() {
        return technician;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public LocalDate getClosedDay() {
        return closedDay;
    }

    public boolean isRepeatFailure() {
        return repeatFailure;
    }

    public int getReopenings() {
        return reopenings;
    }

    public Integer getSurveyScore() {
        return surveyScore;
    }

    public Integer getEvalQuality() {
        return evalQuality;
    }

    public Integer getEvalAttitude() {
        return evalAttitude;
    }
}
