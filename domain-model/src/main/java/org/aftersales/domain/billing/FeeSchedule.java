package org.aftersales.domain.billing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;

/**
 * B1 收费标准: one version of the fee schedule — labour rate per hour by service kind and fault level,
 * the on-site fee, travel fees by distance band, the tax rate, the markup (B2, 40 %) and the
 * inspection fee charged when a quote is declined — valid from a date, revised yearly. Invariants:
 * a version takes effect only once approved (kind FEE_SCHEDULE) and is never changed afterwards, so
 * every quote can name the version it used and old versions stay readable; the schedule in force on
 * a day is the approved version with the latest {@code validFrom} not after it.
 */
@Entity
@NamedQuery(name = "FeeSchedule.byVersion", query = "SELECT f FROM FeeSchedule f WHERE f.scheduleVersion = :version")
@NamedQuery(
        name = "FeeSchedule.inForce",
        query = "SELECT f FROM FeeSchedule f WHERE f.state = org.aftersales.domain.billing.FeeScheduleState.APPROVED"
                + " AND f.validFrom <= :day ORDER BY f.validFrom DESC, f.scheduleVersion DESC")
@NamedQuery(name = "FeeSchedule.latestVersion", query = "SELECT MAX(f.scheduleVersion) FROM FeeSchedule f")
@Table(name = "fee_schedule")
public class FeeSchedule extends AuditedEntity {

    /** The highest markup rate accepted (500 %): a typing error guard, not a business number. */
    static final BigDecimal MAX_MARKUP = new BigDecimal("5");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "schedule_version", nullable = false, unique = true, updatable = false)
    private int scheduleVersion;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "tax_rate", nullable = false, precision = 6, scale = 4)
    private BigDecimal taxRate;

    @Column(name = "markup", nullable = false, precision = 6, scale = 4)
    private BigDecimal markup;

    @Column(name = "on_site_fee", nullable = false, precision = 14, scale = 2)
    private BigDecimal onSiteFee;

    @Column(name = "inspection_fee", nullable = false, precision = 14, scale = 2)
    private BigDecimal inspectionFee;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private FeeScheduleState state;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_schedule_labour", joinColumns = @JoinColumn(name = "schedule_id"))
    @OrderBy("serviceKind ASC, faultLevel ASC")
    private List<LabourRate> labourRates = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_schedule_travel", joinColumns = @JoinColumn(name = "schedule_id"))
    @OrderBy("upToKm ASC")
    private List<TravelBand> travelBands = new ArrayList<>();

    protected FeeSchedule() {}

    /** A new version, awaiting its approval (B1). */
    public FeeSchedule(int scheduleVersion, Terms terms) {
        if (scheduleVersion <= 0) {
            throw new RuleViolationException(FieldError.of("version", "validation.feeScheduleVersion"));
        }
        this.scheduleVersion = scheduleVersion;
        take(terms);
    }

    /** What a version says. */
    public record Terms(
            LocalDate validFrom,
            BigDecimal taxRate,
            BigDecimal markup,
            BigDecimal onSiteFee,
            BigDecimal inspectionFee,
            List<LabourRate> labourRates,
            List<TravelBand> travelBands) {}

    /**
     * B1: the rules of a schedule's terms — rates between 0 and 1 (tax) or 0 and 5 (markup), fees not
     * negative, one rate per service kind and fault level, bands of distinct positive distances.
     */
    public static List<FieldError> check(Terms t) {
        List<FieldError> errors = new ArrayList<>();
        if (t.validFrom() == null) {
            errors.add(FieldError.of("validFrom", "validation.required"));
        }
        if (t.taxRate() == null || t.taxRate().signum() < 0 || t.taxRate().compareTo(BigDecimal.ONE) > 0) {
            errors.add(FieldError.of("taxRate", "validation.rate", "0", "1"));
        }
        if (t.markup() == null || t.markup().signum() < 0 || t.markup().compareTo(MAX_MARKUP) > 0) {
            errors.add(FieldError.of("markup", "validation.rate", "0", MAX_MARKUP.toPlainString()));
        }
        if (t.onSiteFee() == null || t.onSiteFee().signum() < 0) {
            errors.add(FieldError.of("onSiteFee", "validation.amountNotNegative"));
        }
        if (t.inspectionFee() != null && t.inspectionFee().signum() < 0) {
            errors.add(FieldError.of("inspectionFee", "validation.amountNotNegative"));
        }
        List<LabourRate> rates = t.labourRates() == null ? List.of() : t.labourRates();
        if (rates.isEmpty()) {
            errors.add(FieldError.of("labourRates", "validation.required"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rates.size(); i++) {
            LabourRate r = rates.get(i);
            if (r.getPerHour().signum() < 0) {
                errors.add(FieldError.of("labourRates[" + i + "].perHour", "validation.amountNotNegative"));
            }
            if (!seen.add(r.getServiceKind() + "/" + r.getFaultLevel())) {
                errors.add(FieldError.of(
                        "labourRates[" + i + "]",
                        "validation.feeScheduleDuplicateRate",
                        r.getServiceKind().name(),
                        r.getFaultLevel().name()));
            }
        }
        List<TravelBand> bands = t.travelBands() == null ? List.of() : t.travelBands();
        Set<Integer> distances = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            TravelBand b = bands.get(i);
            if (b.getUpToKm() <= 0 || !distances.add(b.getUpToKm())) {
                errors.add(FieldError.of("travelBands[" + i + "].upToKm", "validation.feeScheduleBand"));
            }
            if (b.getFee().signum() < 0) {
                errors.add(FieldError.of("travelBands[" + i + "].fee", "validation.amountNotNegative"));
            }
        }
        return errors;
    }

    /** B1: a version not yet approved is revised (and goes for approval again); an approved one never changes. */
    public void revise(Terms terms) {
        if (state == FeeScheduleState.APPROVED) {
            throw new ConflictException("error.feeScheduleApproved", scheduleVersion);
        }
        take(terms);
    }

    private void take(Terms terms) {
        List<FieldError> errors = check(terms);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        this.validFrom = terms.validFrom();
        this.taxRate = terms.taxRate();
        this.markup = terms.markup();
        this.onSiteFee = Cents.of(terms.onSiteFee());
        this.inspectionFee = Cents.orZero(terms.inspectionFee());
        this.labourRates.clear();
        this.labourRates.addAll(terms.labourRates());
        this.travelBands.clear();
        terms.travelBands().stream()
                .sorted(Comparator.comparingInt(TravelBand::getUpToKm))
                .forEach(travelBands::add);
        this.state = FeeScheduleState.AWAITING_APPROVAL;
        this.decidedBy = null;
        this.decidedAt = null;
        this.decisionReason = null;
    }

    /** B1: the approval ended well: the version takes effect from its {@code validFrom}. */
    public void approve(String by, Instant at) {
        requireAwaiting();
        state = FeeScheduleState.APPROVED;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(at);
    }

    /** B1: rejected or withdrawn: the version stays as it was, never in force, and may be revised. */
    public void reject(String reason, String by, Instant at) {
        requireAwaiting();
        state = FeeScheduleState.REJECTED;
        decisionReason = reason;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(at);
    }

    private void requireAwaiting() {
        if (state != FeeScheduleState.AWAITING_APPROVAL) {
            throw new ConflictException("error.feeScheduleState", scheduleVersion, state.name());
        }
    }

    /** B1: the labour rate per hour for this kind of service and fault level, if the schedule has one. */
    public Optional<BigDecimal> labourRate(ServiceKind kind, FaultLevel level) {
        return labourRates.stream()
                .filter(r -> r.getServiceKind() == kind && r.getFaultLevel() == level)
                .map(LabourRate::getPerHour)
                .findFirst();
    }

    /**
     * B1: the travel fee of a distance: the first band that reaches it; beyond the last band, the last
     * band's fee (W5: a remote site is then quoted by hand). No distance, or none: no travel fee.
     */
    public BigDecimal travelFee(Integer km) {
        if (km == null || km <= 0 || travelBands.isEmpty()) {
            return Cents.ZERO;
        }
        return travelBands.stream()
                .filter(b -> b.getUpToKm() >= km)
                .findFirst()
                .orElse(travelBands.get(travelBands.size() - 1))
                .getFee();
    }

    /** The band a distance falls into (for the quote's line), empty without a distance. */
    public Optional<TravelBand> band(Integer km) {
        if (km == null || km <= 0 || travelBands.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(travelBands.stream()
                .filter(b -> b.getUpToKm() >= km)
                .findFirst()
                .orElse(travelBands.get(travelBands.size() - 1)));
    }

    public Long getId() {
        return id;
    }

    public int getScheduleVersion() {
        return scheduleVersion;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public BigDecimal getMarkup() {
        return markup;
    }

    public BigDecimal getOnSiteFee() {
        return onSiteFee;
    }

    public BigDecimal getInspectionFee() {
        return inspectionFee;
    }

    public FeeScheduleState getState() {
        return state;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public List<LabourRate> getLabourRates() {
        return List.copyOf(labourRates);
    }

    public List<TravelBand> getTravelBands() {
        return List.copyOf(travelBands);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("version", String.valueOf(scheduleVersion));
        s.put("validFrom", String.valueOf(validFrom));
        s.put("taxRate", taxRate == null ? null : taxRate.toPlainString());
        s.put("markup", markup == null ? null : markup.toPlainString());
        s.put("onSiteFee", onSiteFee == null ? null : onSiteFee.toPlainString());
        s.put("inspectionFee", inspectionFee == null ? null : inspectionFee.toPlainString());
        s.put("state", state == null ? null : state.name());
        s.put("labourRates", String.valueOf(labourRates.size()));
        s.put("travelBands", String.valueOf(travelBands.size()));
        return s;
    }
}
