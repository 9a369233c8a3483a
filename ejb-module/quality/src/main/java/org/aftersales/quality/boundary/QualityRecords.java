package org.aftersales.quality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.KnowledgeArticle;
import org.aftersales.domain.quality.NonConformity;
import org.aftersales.domain.quality.NonConformityState;
import org.aftersales.domain.quality.StaffQualification;
import org.aftersales.domain.quality.StaffRecord;
import org.aftersales.domain.quality.TrainingPlan;
import org.aftersales.domain.quality.TrainingSession;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.RecordsViews.KnowledgeFilter;
import org.aftersales.quality.boundary.RecordsViews.KnowledgeInput;
import org.aftersales.quality.boundary.RecordsViews.KnowledgeView;
import org.aftersales.quality.boundary.RecordsViews.NonConformityFilter;
import org.aftersales.quality.boundary.RecordsViews.NonConformityInput;
import org.aftersales.quality.boundary.RecordsViews.NonConformityView;
import org.aftersales.quality.boundary.RecordsViews.QualificationInput;
import org.aftersales.quality.boundary.RecordsViews.SessionInput;
import org.aftersales.quality.boundary.RecordsViews.SessionView;
import org.aftersales.quality.boundary.RecordsViews.SignIn;
import org.aftersales.quality.boundary.RecordsViews.StaffFilter;
import org.aftersales.quality.boundary.RecordsViews.StaffInput;
import org.aftersales.quality.boundary.RecordsViews.StaffView;
import org.aftersales.quality.boundary.RecordsViews.TrainingPlanInput;
import org.aftersales.quality.boundary.RecordsViews.TrainingPlanView;
import org.aftersales.quality.control.RecordsSearch;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * Q9 (4.2 培训): the records kept, searchable and exportable — training plans (年度培训计划), sessions
 * with their sign-in sheets (培训签到表), the knowledge base of fault cases and maintenance know-how
 * (培训知识库, found by model from the ticket page), staff records (售后服务人员基本情况表) with their M2
 * qualifications and expiry dates (warned about by {@link QualityDeadlines}), non-conformity reports.
 */
@Stateless
@RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class QualityRecords {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private SettingReader settings;

    @EJB
    private UserService users;

    @Inject
    private RecordsSearch search;

    // --- training ---

    public List<TrainingPlanView> plans(Integer year) {
        return search.plans(year).stream().map(TrainingPlanView::of).toList();
    }

    public TrainingPlanView savePlan(Long id, @NotNull @Valid TrainingPlanInput in) {
        return savePlan(id, null, in);
    }

    /**
     * A new plan line, or a changed one; {@code expectedVersion}, when given, is the version the editor
     * saw (a stale edit is refused with a conflict and nothing changes).
     */
    public TrainingPlanView savePlan(Long id, Long expectedVersion, @NotNull @Valid TrainingPlanInput in) {
        TrainingPlan plan;
        if (id == null) {
            plan = new TrainingPlan(
                    in.year(), in.topic(), in.plannedMonth(), in.audience(), in.trainer(), in.content());
            em.persist(plan);
        } else {
            plan = current(TrainingPlan.class, id, expectedVersion);
            plan.change(in.year(), in.topic(), in.plannedMonth(), in.audience(), in.trainer(), in.content());
        }
        em.flush();
        return TrainingPlanView.of(plan);
    }

    public PageResult<SessionView> sessions(String text, int first, int size) {
        PageResult<TrainingSession> page = search.sessions(text, first, size);
        return new PageResult<>(page.items().stream().map(SessionView::of).toList(), page.total());
    }

    public SessionView session(long id) {
        return SessionView.of(find(TrainingSession.class, id));
    }

    public SessionView saveSession(Long id, @NotNull @Valid SessionInput in) {
        return saveSession(id, null, in);
    }

    /** A new session, or a changed one as its editor saw it ({@code expectedVersion}, when given). */
    public SessionView saveSession(Long id, Long expectedVersion, @NotNull @Valid SessionInput in) {
        if (in.planId() != null && em.find(TrainingPlan.class, in.planId()) == null) {
            throw new RuleViolationException(FieldError.of("planId", "validation.unknownTrainingPlan", in.planId()));
        }
        TrainingSession s;
        if (id == null) {
            s = new TrainingSession(in.planId(), in.topic(), in.heldOn(), in.place(), in.trainer(), in.content());
            em.persist(s);
        } else {
            s = current(TrainingSession.class, id, expectedVersion);
            s.change(in.planId(), in.topic(), in.heldOn(), in.place(), in.trainer(), in.content());
        }
        em.flush();
        return SessionView.of(s);
    }

    /** 培训签到表: one more row on the session's sign-in sheet. */
    public SessionView signIn(long sessionId, @NotNull @Valid SignIn in) {
        TrainingSession s = find(TrainingSession.class, sessionId);
        s.signIn(in.name(), in.department(), in.username(), calendar.now());
        em.flush();
        return SessionView.of(s);
    }

    // --- knowledge base (readable by everyone who works on tickets) ---

    @RolesAllowed({
        Roles.AGENT,
        Roles.DISPATCHER,
        Roles.TECHNICIAN,
        Roles.WAREHOUSE,
        Roles.QUALITY,
        Roles.MANAGER,
        Roles.ADMIN
    })
    public PageResult<KnowledgeView> knowledge(@NotNull KnowledgeFilter filter, int first, int size) {
        PageResult<KnowledgeArticle> page = search.knowledge(filter, first, size);
        return new PageResult<>(page.items().stream().map(KnowledgeView::of).toList(), page.total());
    }

    @RolesAllowed({
        Roles.AGENT,
        Roles.DISPATCHER,
        Roles.TECHNICIAN,
        Roles.WAREHOUSE,
        Roles.QUALITY,
        Roles.MANAGER,
        Roles.ADMIN
    })
    public KnowledgeView article(long id) {
        return KnowledgeView.of(find(KnowledgeArticle.class, id));
    }

    public KnowledgeView saveArticle(Long id, @NotNull @Valid KnowledgeInput in) {
        KnowledgeArticle a;
        if (id == null) {
            a = new KnowledgeArticle(
                    in.kind(), in.model(), in.title(), in.symptom(), in.cause(), in.remedy(), in.keywords());
            em.persist(a);
        } else {
            a = find(KnowledgeArticle.class, id);
            a.change(in.kind(), in.model(), in.title(), in.symptom(), in.cause(), in.remedy(), in.keywords());
        }
        em.flush();
        return KnowledgeView.of(a);
    }

    // --- staff records and qualifications ---

    public PageResult<StaffView> staff(@NotNull StaffFilter filter, int first, int size) {
        int days = warningDays();
        var today = calendar.today();
        PageResult<StaffRecord> page = search.staff(filter, first, size);
        return new PageResult<>(
                page.items().stream().map(s -> StaffView.of(s, days, today)).toList(), page.total());
    }

    public StaffView staffRecord(long id) {
        return StaffView.of(find(StaffRecord.class, id), warningDays(), calendar.today());
    }

    public StaffView saveStaff(Long id, @NotNull @Valid StaffInput in) {
        return saveStaff(id, null, in);
    }

    /** A new staff record, or a changed one as its editor saw it ({@code expectedVersion}, when given). */
    public StaffView saveStaff(Long id, Long expectedVersion, @NotNull @Valid StaffInput in) {
        if (in.username() != null
                && !in.username().isBlank()
                && users.staffMember(in.username().strip()).isEmpty()) {
            throw new RuleViolationException(FieldError.of("username", "validation.unknownUser", in.username()));
        }
        StaffRecord.Details d = new StaffRecord.Details(
                in.name(), in.username(), in.department(), in.education(), in.title(), in.skills(), in.hireDate());
        StaffRecord s;
        if (id == null) {
            s = new StaffRecord(d);
            em.persist(s);
        } else {
            s = current(StaffRecord.class, id, expectedVersion);
            s.change(d);
        }
        em.flush();
        return staffRecord(s.getId());
    }

    public StaffView addQualification(long staffId, @NotNull @Valid QualificationInput in) {
        if (in.issuedOn() != null && in.expiresOn() != null && in.expiresOn().isBefore(in.issuedOn())) {
            throw new RuleViolationException(FieldError.of("expiresOn", "validation.expiryBeforeIssue"));
        }
        StaffRecord s = find(StaffRecord.class, staffId);
        s.addQualification(in.kind(), in.certificateNumber(), in.issuedOn(), in.expiresOn());
        em.flush();
        return staffRecord(staffId);
    }

    /** A renewed certificate: a changed expiry is warned about again. */
    public StaffView renewQualification(long qualificationId, @NotNull @Valid QualificationInput in) {
        return renewQualification(qualificationId, null, in);
    }

    /**
     * A renewed certificate as the editor of the staff record saw it ({@code expectedVersion}: the
     * record's version, when given). The record's version moves with it, so an edit of the record made
     * on an older copy is refused too.
     */
    public StaffView renewQualification(
            long qualificationId, Long expectedVersion, @NotNull @Valid QualificationInput in) {
        if (in.issuedOn() != null && in.expiresOn() != null && in.expiresOn().isBefore(in.issuedOn())) {
            throw new RuleViolationException(FieldError.of("expiresOn", "validation.expiryBeforeIssue"));
        }
        StaffQualification q = find(StaffQualification.class, qualificationId);
        StaffRecord staff = q.getStaff();
        if (expectedVersion != null && staff.getVersion() != expectedVersion) {
            throw new ConflictException("error.staleVersion");
        }
        em.lock(staff, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        q.renew(in.certificateNumber(), in.issuedOn(), in.expiresOn());
        em.flush();
        return staffRecord(q.getStaff().getId());
    }

    // --- non-conformity reports ---

    public PageResult<NonConformityView> nonConformities(@NotNull NonConformityFilter filter, int first, int size) {
        PageResult<NonConformity> page = search.nonConformities(filter, first, size);
        return new PageResult<>(page.items().stream().map(NonConformityView::of).toList(), page.total());
    }

    public NonConformityView saveNonConformity(Long id, @NotNull @Valid NonConformityInput in) {
        NonConformityState state = in.state() == null ? NonConformityState.OPEN : in.state();
        NonConformity n;
        if (id == null) {
            n = new NonConformity(
                    in.foundOn(),
                    in.model(),
                    in.serialNumber(),
                    in.department(),
                    in.description(),
                    in.disposition(),
                    state,
                    Caller.of(context).name());
            em.persist(n);
        } else {
            n = find(NonConformity.class, id);
            n.change(
                    in.foundOn(),
                    in.model(),
                    in.serialNumber(),
                    in.department(),
                    in.description(),
                    in.disposition(),
                    state,
                    n.getReportedBy());
        }
        em.flush();
        return NonConformityView.of(n);
    }

    private int warningDays() {
        return settings.number(QualityDeadlines.WARNING_DAYS, 30);
    }

    /** The entity as its editor saw it: a stale {@code expectedVersion} is a conflict (409, "刷新后重试"). */
    private <T extends AuditedEntity> T current(Class<T> type, long id, Long expectedVersion) {
        T t = find(type, id);
        if (expectedVersion != null && t.getVersion() != expectedVersion) {
            throw new ConflictException("error.staleVersion");
        }
        return t;
    }

    private <T> T find(Class<T> type, long id) {
        T t = em.find(type, id);
        if (t == null) {
            throw new UnknownEntityException(type.getSimpleName(), id);
        }
        return t;
    }
}
