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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.Complaint;
import org.aftersales.domain.quality.InfoForm;
import org.aftersales.domain.quality.InfoFormState;
import org.aftersales.domain.quality.ResponsibleDepartment;
import org.aftersales.domain.quality.ReturnVisit;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.NotPermittedException;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.RecordsViews.InfoFormFilter;
import org.aftersales.quality.boundary.RecordsViews.InfoFormStep;
import org.aftersales.quality.boundary.RecordsViews.InfoFormView;
import org.aftersales.quality.boundary.RecordsViews.NewInfoForm;
import org.aftersales.quality.control.QualitySearch;
import org.aftersales.quality.control.RecordsSearch;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * 售后信息处理单 (售后服务管理程序: 客户反馈 → 接收 → 填写处理单 → 反馈到相关部门 → 相关部门解决并反馈 → 满意度调查 → 归档;
 * Q3, Q4: problems go to the responsible department): a problem from a complaint, a return visit or
 * typed is received, filled in and routed to a department with a deadline; only the department's
 * members answer (403 otherwise); an illegal step → 409. Overdue answers are escalated once by
 * {@link QualityDeadlines}.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class InfoForms {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private RecordsSearch search;

    @Inject
    private QualitySearch quality;

    /** 接收: a form of a complaint (its number), a visit (its id) or a typed problem; RECEIVED. */
    public InfoFormView receive(@NotNull @Valid NewInfoForm in) {
        Long customerId = in.customerId();
        String serial = in.serialNumber();
        String ref = in.sourceRef() == null || in.sourceRef().isBlank()
                ? null
                : in.sourceRef().strip();
        switch (in.source()) {
            case COMPLAINT -> {
                Complaint c = ref == null ? null : quality.complaint(ref).orElse(null);
                if (c == null) {
                    throw new RuleViolationException(FieldError.of("sourceRef", "validation.capaUnknownSource", ref));
                }
                customerId = customerId != null ? customerId : c.getCustomerId();
                serial = serial != null ? serial : c.getSerialNumber();
            }
            case RETURN_VISIT -> {
                ReturnVisit v = ref == null || !ref.matches("\\d{1,18}")
                        ? null
                        : quality.visit(Long.parseLong(ref)).orElse(null);
                if (v == null) {
                    throw new RuleViolationException(FieldError.of("sourceRef", "validation.capaUnknownSource", ref));
                }
                customerId = customerId != null ? customerId : v.getCustomerId();
                serial = serial != null ? serial : v.getSerialNumber();
            }
            case TYPED -> {}
        }
        InfoForm form = new InfoForm(in.source(), ref, customerId, serial, in.problem(), me(), calendar.now());
        em.persist(form);
        em.flush();
        return view(form);
    }

    /**
     * The flow's next step: FILLED (details), ROUTED (an active department, a deadline not before today),
     * ANSWERED (only a member of the routed department, else 403), SURVEYED (the satisfaction), ARCHIVED.
     */
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
    public InfoFormView step(long id, @NotNull @Valid InfoFormStep step) {
        InfoForm form = search.lockedInfoForm(id).orElseThrow(() -> new UnknownEntityException("InfoForm", id));
        Caller caller = Caller.of(context);
        boolean desk = caller.isAny(Role.AGENT, Role.QUALITY, Role.MANAGER, Role.ADMIN);
        if (step.type() == InfoFormState.ANSWERED) {
            ResponsibleDepartment department =
                    search.department(form.getDepartmentCode()).orElse(null);
            if (form.getState() == InfoFormState.ROUTED
                    && (department == null || !department.hasMember(caller.name()))
                    && !caller.is(Role.ADMIN)) {
                throw new NotPermittedException("error.infoFormNotMember", id);
            }
        } else if (!desk) {
            throw new NotPermittedException("error.infoFormNotMember", id);
        }
        String code = null;
        if (step.type() == InfoFormState.ROUTED
                && step.department() != null
                && !step.department().isBlank()) {
            ResponsibleDepartment department = search.department(step.department())
                    .filter(ResponsibleDepartment::isActive)
                    .orElseThrow(() -> new RuleViolationException(
                            FieldError.of("department", "validation.unknownDepartment", step.department())));
            code = department.getCode();
        }
        form.step(
                new InfoForm.Step(
                        step.type(),
                        step.details(),
                        code,
                        step.deadline(),
                        step.answer(),
                        step.satisfaction(),
                        step.note()),
                calendar.today(),
                caller.name(),
                calendar.now());
        em.flush();
        return view(form);
    }

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
    public InfoFormView get(long id) {
        InfoForm form = em.find(InfoForm.class, id);
        if (form == null) {
            throw new UnknownEntityException("InfoForm", id);
        }
        return view(form);
    }

    /** The forms by state, department and words, newest first. */
    public PageResult<InfoFormView> list(@NotNull InfoFormFilter filter, int first, int size) {
        return page(search.infoForms(filter, null, first, size));
    }

    /** The department's own screen: the forms routed to the caller's departments. */
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
    public PageResult<InfoFormView> mine(@NotNull InfoFormFilter filter, int first, int size) {
        List<String> codes = search.departmentsOf(me()).stream()
                .map(ResponsibleDepartment::getCode)
                .toList();
        return page(search.infoForms(filter, codes, first, size));
    }

    /** The default deadline of a form routed today (setting {@code quality.info-form-answer-days}). */
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
    public LocalDate defaultDeadline() {
        return calendar.today().plusDays(settings.number(QualityDeadlines.ANSWER_DAYS, 3));
    }

    @Inject
    private SettingReader settings;

    private PageResult<InfoFormView> page(PageResult<InfoForm> page) {
        Map<String, String> names = names();
        LocalDate today = calendar.today();
        return new PageResult<>(
                page.items().stream()
                        .map(f -> InfoFormView.of(f, names.get(f.getDepartmentCode()), today))
                        .toList(),
                page.total());
    }

    private InfoFormView view(InfoForm form) {
        return InfoFormView.of(form, names().get(form.getDepartmentCode()), calendar.today());
    }

    private Map<String, String> names() {
        return search.departments().stream()
                .collect(Collectors.toMap(ResponsibleDepartment::getCode, ResponsibleDepartment::getName, (a, b) -> a));
    }

    private String me() {
        return Caller.of(context).name();
    }
}
