package org.aftersales.web.billing.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.billing.boundary.BillingViews.FeeScheduleInput;
import org.aftersales.billing.boundary.BillingViews.FeeScheduleView;
import org.aftersales.billing.boundary.BillingViews.LabourRateInput;
import org.aftersales.billing.boundary.BillingViews.LabourRateView;
import org.aftersales.billing.boundary.BillingViews.TravelBandInput;
import org.aftersales.billing.boundary.BillingViews.TravelBandView;
import org.aftersales.billing.boundary.FeeSchedules;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.billing.FeeScheduleState;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.Feedback;

/**
 * B1 收费标准 表1: every version (old ones stay readable); FINANCE drafts a new version from the one in
 * force — labour rate by service kind and fault level, on-site fee, travel bands, tax rate, markup,
 * inspection fee, valid from — or revises a rejected one, and submits it for approval (FEE_SCHEDULE);
 * it takes effect only once approved.
 */
@Named
@ViewScoped
public class FeeSchedulesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "draftForm";

    @EJB
    private FeeSchedules schedules;

    @Inject
    private CurrentUser currentUser;

    private List<FeeScheduleView> versions = List.of();
    private FeeScheduleView selected;
    private Draft draft;

    /** A labour rate row of the draft, as typed. */
    public static final class RateRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ServiceKind serviceKind;
        private final FaultLevel faultLevel;
        private BigDecimal perHour;

        RateRow(ServiceKind serviceKind, FaultLevel faultLevel, BigDecimal perHour) {
            this.serviceKind = serviceKind;
            this.faultLevel = faultLevel;
            this.perHour = perHour;
        }

        public ServiceKind getServiceKind() {
            return serviceKind;
        }

        public FaultLevel getFaultLevel() {
            return faultLevel;
        }

        public BigDecimal getPerHour() {
            return perHour;
        }

        public void setPerHour(BigDecimal perHour) {
            this.perHour = perHour;
        }
    }

    /** A travel band row of the draft, as typed. */
    public static final class BandRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer upToKm;
        private BigDecimal fee;

        BandRow(Integer upToKm, BigDecimal fee) {
            this.upToKm = upToKm;
            this.fee = fee;
        }

        public Integer getUpToKm() {
            return upToKm;
        }

        public void setUpToKm(Integer upToKm) {
            this.upToKm = upToKm;
        }

        public BigDecimal getFee() {
            return fee;
        }

        public void setFee(BigDecimal fee) {
            this.fee = fee;
        }
    }

    /** The version being edited before it is submitted. */
    public static final class Draft implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int version;
        private final boolean revision;
        private LocalDate validFrom;
        private BigDecimal taxRate;
        private BigDecimal markup;
        private BigDecimal onSiteFee;
        private BigDecimal inspectionFee;
        private final List<RateRow> labourRates = new ArrayList<>();
        private final List<BandRow> travelBands = new ArrayList<>();

        Draft(int version, boolean revision) {
            this.version = version;
            this.revision = revision;
        }

        public int getVersion() {
            return version;
        }

        public boolean isRevision() {
            return revision;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public BigDecimal getTaxRate() {
            return taxRate;
        }

        public void setTaxRate(BigDecimal taxRate) {
            this.taxRate = taxRate;
        }

        public BigDecimal getMarkup() {
            return markup;
        }

        public void setMarkup(BigDecimal markup) {
            this.markup = markup;
        }

        public BigDecimal getOnSiteFee() {
            return onSiteFee;
        }

        public void setOnSiteFee(BigDecimal onSiteFee) {
            this.onSiteFee = onSiteFee;
        }

        public BigDecimal getInspectionFee() {
            return inspectionFee;
        }

        public void setInspectionFee(BigDecimal inspectionFee) {
            this.inspectionFee = inspectionFee;
        }

        public List<RateRow> getLabourRates() {
            return labourRates;
        }

        public List<BandRow> getTravelBands() {
            return travelBands;
        }
    }

    @PostConstruct
    void load() {
        versions = schedules.list(0, 200).items();
        if (selected == null && !versions.isEmpty()) {
            selected = versions.stream()
                    .filter(FeeScheduleView::inForce)
                    .findFirst()
                    .orElse(versions.get(0));
        }
    }

    public void show(int version) {
        selected = versions.stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElse(null);
    }

    /** B1: a new version, above every one so far, starting from the one shown (or in force). */
    public void newVersion() {
        int next = versions.stream().mapToInt(FeeScheduleView::version).max().orElse(0) + 1;
        draft = from(selected, next, false);
        draft.setValidFrom(currentUser.today().plusDays(1));
    }

    /** B1: a rejected version is revised and submitted again under its number. */
    public void revise(int version) {
        show(version);
        if (selected != null && selected.state() == FeeScheduleState.REJECTED) {
            draft = from(selected, version, true);
        }
    }

    public void cancelDraft() {
        draft = null;
    }

    public void addBand() {
        if (draft != null) {
            draft.travelBands.add(new BandRow(null, null));
        }
    }

    public void removeBand(int index) {
        if (draft != null && index >= 0 && index < draft.travelBands.size()) {
            draft.travelBands.remove(index);
        }
    }

    /** B1: submits the draft for approval (FEE_SCHEDULE); bad values are shown beside their fields. */
    public void submit() {
        if (draft == null) {
            return;
        }
        try {
            FeeScheduleView saved = schedules.put(
                    draft.version,
                    new FeeScheduleInput(
                            draft.validFrom,
                            draft.taxRate,
                            draft.markup,
                            draft.onSiteFee,
                            draft.inspectionFee,
                            draft.labourRates.stream()
                                    .map(r -> new LabourRateInput(r.serviceKind, r.faultLevel, r.perHour))
                                    .toList(),
                            draft.travelBands.stream()
                                    .map(b -> new TravelBandInput(b.upToKm, b.fee))
                                    .toList()));
            Feedback.info(
                    saved.state() == FeeScheduleState.APPROVED ? "feeSchedules.approved" : "feeSchedules.submitted",
                    saved.version());
            draft = null;
            selected = null;
            load();
            show(saved.version());
        } catch (RuntimeException e) {
            Feedback.failed(e, FORM);
        }
    }

    private static Draft from(FeeScheduleView source, int version, boolean revision) {
        Draft d = new Draft(version, revision);
        if (source != null) {
            d.validFrom = source.validFrom();
            d.taxRate = source.taxRate();
            d.markup = source.markup();
            d.onSiteFee = source.onSiteFee();
            d.inspectionFee = source.inspectionFee();
            for (TravelBandView b : source.travelBands()) {
                d.travelBands.add(new BandRow(b.upToKm(), b.fee()));
            }
        }
        for (ServiceKind kind : ServiceKind.values()) {
            for (FaultLevel level : FaultLevel.values()) {
                BigDecimal rate = source == null
                        ? null
                        : source.labourRates().stream()
                                .filter(r -> r.serviceKind() == kind && r.faultLevel() == level)
                                .map(LabourRateView::perHour)
                                .findFirst()
                                .orElse(null);
                d.labourRates.add(new RateRow(kind, level, rate));
            }
        }
        return d;
    }

    /** FINANCE (and ADMIN) edit; a manager reads. */
    public boolean isMayEdit() {
        return currentUser.has(Roles.FINANCE) || currentUser.has(Roles.ADMIN);
    }

    public List<FeeScheduleView> getVersions() {
        return versions;
    }

    public FeeScheduleView getSelected() {
        return selected;
    }

    public Draft getDraft() {
        return draft;
    }
}
