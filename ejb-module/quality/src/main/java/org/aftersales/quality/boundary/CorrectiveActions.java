package org.aftersales.quality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.approvals.boundary.ApprovalViews.Submission;
import org.aftersales.approvals.boundary.Approvals;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.quality.CapaSource;
import org.aftersales.domain.quality.Complaint;
import org.aftersales.domain.quality.CorrectiveAction;
import org.aftersales.domain.quality.NonConformity;
import org.aftersales.domain.quality.ReturnVisit;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.RecordsViews.CapaAssignment;
import org.aftersales.quality.boundary.RecordsViews.CapaChange;
import org.aftersales.quality.boundary.RecordsViews.CapaFilter;
import org.aftersales.quality.boundary.RecordsViews.CapaStep;
import org.aftersales.quality.boundary.RecordsViews.CapaView;
import org.aftersales.quality.boundary.RecordsViews.NewCapa;
import org.aftersales.quality.control.QualitySearch;
import org.aftersales.quality.control.RecordsSearch;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * Corrective and preventive actions (Q3): raised from a complaint, a return visit, a non-conformity
 * report or the statistics, with owner, department and deadline; proposed → confirmed → in progress →
 * verified → closed (an illegal step → 409, nothing changes); closing carries the evidence of
 * effectiveness and waits for its approval (kind CAPA_CLOSURE, {@code control.CapaClosureApprovals}).
 * Overdue items are alerted by {@link QualityDeadlines}.
 */
@Stateless
@RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class CorrectiveActions {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Approvals approvals;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private UserService users;

    @Inject
    private SettingReader settings;

    @Inject
    private RecordsSearch search;

    @Inject
    private QualitySearch quality;

    /** Q3: a new item, PROPOSED; the owner must be a user, the source (when named) must exist. */
    public CapaView raise(@NotNull @Valid NewCapa in) {
        requireOwner(in.owner());
        if (in.sourceRef() != null && !in.sourceRef().isBlank()) {
            requireSource(in.source(), in.sourceRef().strip());
        }
        return persist(in);
    }

    /**
     * Q3, the one-click button of a complaint's page: a PROPOSED item of source COMPLAINT referring to
     * the complaint, titled after it unless a title is given.
     */
    public CapaView raiseFromComplaint(@NotNull String complaintNumber, @NotNull @Valid CapaAssignment in) {
        Complaint complaint = quality.complaint(complaintNumber.strip())
                .orElseThrow(() -> new UnknownEntityException("Complaint", complaintNumber));
        requireOwner(in.owner());
        return persist(new NewCapa(
                CapaSource.COMPLAINT,
                complaint.getNumber(),
                given(in.title())
                        ? in.title()
                        : clip("投诉 " + complaint.getNumber() + "：" + complaint.getDescription(), 200),
                complaint.getDescription(),
                in.owner(),
                in.department(),
                in.deadline()));
    }

    /** Q3, Q4, the one-click button of a return visit: a PROPOSED item of source RETURN_VISIT. */
    public CapaView raiseFromVisit(long visitId, @NotNull @Valid CapaAssignment in) {
        ReturnVisit visit =
                quality.visit(visitId).orElseThrow(() -> new UnknownEntityException("ReturnVisit", visitId));
        requireOwner(in.owner());
        String remarks = visit.getRemarks() == null ? "" : visit.getRemarks();
        return persist(new NewCapa(
                CapaSource.RETURN_VISIT,
                String.valueOf(visit.getId()),
                given(in.title()) ? in.title() : clip("回访 " + visit.getId() + "：" + remarks, 200),
                remarks.isBlank() ? null : remarks,
                in.owner(),
                in.department(),
                in.deadline()));
    }

    /**
     * Q3: one step. An illegal step, or any while the closure waits → 409, nothing changes. CLOSED
     * records the evidence and submits the closure for approval (kind CAPA_CLOSURE, subject
     * {@code CAPA-<id>}); the item stays VERIFIED until it is approved.
     */
    public CapaView step(long id, @NotNull @Valid CapaStep step) {
        CorrectiveAction action =
                search.lockedCapa(id).orElseThrow(() -> new UnknownEntityException("CorrectiveAction", id));
        boolean submit = action.step(
                step.type(), step.note(), step.evidence(), Caller.of(context).name(), calendar.now());
        em.flush();
        if (submit) {
            approvals.submit(new Submission(
                    ApprovalKind.CAPA_CLOSURE,
                    settings.text("service.default-department", "YX"),
                    action.subject(),
                    clip(
                            "纠正预防措施关闭 " + action.subject() + " · " + action.getTitle() + " · 有效性证据："
                                    + action.getEvidence(),
                            500),
                    null));
        }
        return CapaView.of(action, calendar.today(), true);
    }

    /** Q3: a new owner, department or deadline of an open item. */
    public CapaView change(long id, @NotNull @Valid CapaChange change) {
        CorrectiveAction action =
                search.lockedCapa(id).orElseThrow(() -> new UnknownEntityException("CorrectiveAction", id));
        if (given(change.owner())) {
            requireOwner(change.owner());
        }
        action.reassign(change.owner(), change.department(), change.deadline());
        return CapaView.of(action, calendar.today(), true);
    }

    /** Q3: the items raised from a complaint (its number) or a return visit (its id) — the source's side of the link. */
    public List<CapaView> ofSource(@NotNull CapaSource source, @NotNull String ref) {
        var today = calendar.today();
        return search.capasOfSource(source, ref.strip()).stream()
                .map(a -> CapaView.of(a, today, false))
                .toList();
    }

    public CapaView get(long id) {
        CorrectiveAction action = em.find(CorrectiveAction.class, id);
        if (action == null) {
            throw new UnknownEntityException("CorrectiveAction", id);
        }
        return CapaView.of(action, calendar.today(), true);
    }

    public PageResult<CapaView> list(@NotNull CapaFilter filter, int first, int size) {
        var today = calendar.today();
        PageResult<CorrectiveAction> page = search.capas(filter, today, first, size);
        return new PageResult<>(
                page.items().stream().map(a -> CapaView.of(a, today, false)).toList(), page.total());
    }

    /** Every item of the filter, for the Excel export. */
    public List<CapaView> export(@NotNull CapaFilter filter) {
        var today = calendar.today();
        return search.allCapas(filter, today).stream()
                .map(a -> CapaView.of(a, today, false))
                .toList();
    }

    private CapaView persist(NewCapa in) {
        if (in.deadline().isBefore(calendar.today())) {
            throw new RuleViolationException(FieldError.of("deadline", "validation.capaDeadlinePast"));
        }
        CorrectiveAction action = new CorrectiveAction(
                in.source(),
                in.sourceRef(),
                in.title(),
                in.description(),
                in.owner(),
                in.department(),
                in.deadline(),
                Caller.of(context).name(),
                calendar.now());
        em.persist(action);
        em.flush();
        return CapaView.of(action, calendar.today(), true);
    }

    private void requireOwner(String owner) {
        if (owner == null || users.staffMember(owner.strip()).isEmpty()) {
            throw new RuleViolationException(FieldError.of("owner", "validation.unknownUser", owner));
        }
    }

    private void requireSource(CapaSource source, String ref) {
        boolean known = switch (source) {
            case COMPLAINT -> quality.complaint(ref).isPresent();
            case RETURN_VISIT ->
                ref.matches("\\d{1,18}") && quality.visit(Long.parseLong(ref)).isPresent();
            case NON_CONFORMITY ->
                ref.matches("\\d{1,18}") && em.find(NonConformity.class, Long.parseLong(ref)) != null;
            case STATISTICS -> true;
        };
        if (!known) {
            throw new RuleViolationException(FieldError.of("sourceRef", "validation.capaUnknownSource", ref));
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
