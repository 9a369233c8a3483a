package org.aftersales.quality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.Complaint;
import org.aftersales.domain.quality.ComplaintChannel;
import org.aftersales.domain.quality.ReturnVisit;
import org.aftersales.domain.quality.VisitResult;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.QualityViews.VisitOutcome;
import org.aftersales.quality.boundary.QualityViews.VisitView;
import org.aftersales.quality.control.ComplaintIntake;
import org.aftersales.quality.control.QualitySearch;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * 顾客回访记录表 (Q4): the agents' call list of a day and the outcome of each call — recorded also when
 * the customer has nothing to say; not reached, the visit is due again the next day, up to
 * {@code quality.visit-attempts} calls; a problem the customer raises becomes a complaint (channel
 * RETURN_VISIT) in the same call.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class ReturnVisits {

    public static final String ATTEMPTS = "quality.visit-attempts";
    /** Q4: whom the customer is told to call with a problem, and the number (the call's script). */
    public static final String CONTACT = "quality.visit-contact";

    public static final String HOTLINE = "quality.service-hotline";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private SettingReader settings;

    @Inject
    private ComplaintIntake intake;

    @Inject
    private QualitySearch search;

    /**
     * Q4: the visits due on {@code day} (today when not given), overdue ones included, oldest first;
     * optionally of one serial number.
     */
    public PageResult<VisitView> due(LocalDate day, String serialNumber, int first, int size) {
        PageResult<ReturnVisit> page =
                search.visitsDue(day == null ? calendar.today() : day, serialNumber, first, size);
        return new PageResult<>(page.items().stream().map(VisitView::of).toList(), page.total());
    }

    /** Q4: one visit (its 顾客回访记录表); unknown → 404. */
    public VisitView get(long id) {
        ReturnVisit visit = em.find(ReturnVisit.class, id);
        if (visit == null) {
            throw new UnknownEntityException("ReturnVisit", id);
        }
        return VisitView.of(visit);
    }

    /** Q4: records a call; a problem (only when the customer was reached) opens a complaint with it. */
    public VisitView record(long id, @NotNull @Valid VisitOutcome outcome) {
        ReturnVisit visit = search.lockedVisit(id).orElseThrow(() -> new UnknownEntityException("ReturnVisit", id));
        if (outcome.complaint() != null && outcome.result() != VisitResult.REACHED) {
            throw new RuleViolationException(FieldError.of("complaint", "validation.visitProblemNotReached"));
        }
        String me = Caller.of(context).name();
        visit.record(
                outcome.result(),
                outcome.remarks(),
                calendar.today(),
                settings.number(ATTEMPTS, 3),
                me,
                calendar.now());
        if (outcome.complaint() != null) {
            Complaint complaint = intake.accept(
                    new ComplaintIntake.Intake(
                            null,
                            ComplaintChannel.RETURN_VISIT,
                            outcome.complaint().category(),
                            outcome.complaint().severity(),
                            outcome.complaint().description(),
                            new Complaint.Links(
                                    visit.getCustomerId(), visit.getSerialNumber(), visit.getTicketNumber(), null)),
                    me);
            visit.complaintOpened(complaint.getNumber());
        }
        em.flush();
        return VisitView.of(visit);
    }
}
