package org.aftersales.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.aftersales.approvals.boundary.ApprovalViews.Submission;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.billing.boundary.BillingViews.FeeScheduleInput;
import org.aftersales.billing.boundary.BillingViews.FeeScheduleView;
import org.aftersales.billing.control.BillingSearch;
import org.aftersales.billing.control.InForceSchedule;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.billing.FeeSchedule;
import org.aftersales.domain.billing.LabourRate;
import org.aftersales.domain.billing.TravelBand;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * B1 收费标准: FINANCE enters a version of the fee schedule; it takes effect only once approved (kind
 * FEE_SCHEDULE, {@code control.FeeScheduleApprovals}) and from its {@code validFrom}; an approved version
 * never changes and every version stays readable.
 */
@Stateless
@RolesAllowed({
    Roles.AGENT,
    Roles.DISPATCHER,
    Roles.TECHNICIAN,
    Roles.WAREHOUSE,
    Roles.FINANCE,
    Roles.QUALITY,
    Roles.MANAGER,
    Roles.ADMIN
})
public class FeeSchedules {

    /** T10: the department whose approval chain a fee schedule walks. */
    static final String DEPARTMENT = "service.default-department";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private Approvals approvals;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private SettingReader settings;

    @Inject
    private BillingSearch search;

    @EJB
    private InForceSchedule inForceSchedule;

    /**
     * B1: a new version (above every version so far) or the revision of one not yet approved; either
     * goes for approval. An approved version → 409; one awaiting approval → 409 (withdraw it first).
     */
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public FeeScheduleView put(int version, @NotNull @Valid FeeScheduleInput input) {
        FeeSchedule.Terms terms = new FeeSchedule.Terms(
                input.validFrom(),
                input.taxRate(),
                input.markup(),
                input.onSiteFee(),
                input.inspectionFee(),
                input.labourRates().stream()
                        .map(r -> new LabourRate(r.serviceKind(), r.faultLevel(), r.perHour()))
                        .toList(),
                input.travelBands().stream()
                        .map(b -> new TravelBand(b.upToKm(), b.fee()))
                        .toList());
        Optional<FeeSchedule> existing = search.lockedSchedule(version);
        FeeSchedule schedule;
        if (existing.isPresent()) {
            schedule = existing.get();
            schedule.revise(terms); // B1: never an approved one (409)
        } else {
            if (version <= search.latestVersion()) {
                throw new RuleViolationException(
                        FieldError.of("version", "validation.feeScheduleVersion", search.latestVersion()));
            }
            schedule = new FeeSchedule(version, terms);
            em.persist(schedule);
        }
        em.flush();
        inForceSchedule.forget();
        approvals.submit(new Submission(
                ApprovalKind.FEE_SCHEDULE,
                settings.text(DEPARTMENT, "YX"),
                subject(version),
                "收费标准 V" + version + " · " + input.validFrom(),
                null)); // a chain that skips every step approves at once: the handler has run on return
        return view(schedule);
    }

    /** Every version, newest first. */
    public PageResult<FeeScheduleView> list(int first, int size) {
        PageResult<FeeSchedule> page = search.schedules(first, size);
        return new PageResult<>(page.items().stream().map(this::view).toList(), page.total());
    }

    public FeeScheduleView get(int version) {
        return view(search.schedule(version).orElseThrow(() -> new UnknownEntityException("FeeSchedule", version)));
    }

    /** B1: the version quotes use today, if any. */
    public Optional<FeeScheduleView> inForce() {
        return search.inForce(calendar.today()).map(f -> FeeScheduleView.of(f, true));
    }

    /** The approval's subject of a version ({@code FS-3}). */
    public static String subject(int version) {
        return "FS-" + version;
    }

    private FeeScheduleView view(FeeSchedule f) {
        boolean inForce = search.inForce(calendar.today())
                .map(s -> s.getScheduleVersion() == f.getScheduleVersion())
                .orElse(false);
        return FeeScheduleView.of(f, inForce);
    }
}
