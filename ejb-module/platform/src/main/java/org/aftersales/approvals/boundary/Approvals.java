package org.aftersales.approvals.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalDetail;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalSummary;
import org.aftersales.approvals.boundary.ApprovalViews.DecisionInput;
import org.aftersales.approvals.boundary.ApprovalViews.Ending;
import org.aftersales.approvals.boundary.ApprovalViews.Filter;
import org.aftersales.approvals.boundary.ApprovalViews.StepView;
import org.aftersales.approvals.boundary.ApprovalViews.Submission;
import org.aftersales.approvals.control.ApprovalAnnouncer;
import org.aftersales.approvals.control.ApprovalSearch;
import org.aftersales.approvals.control.Deciders;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.approvals.Actor;
import org.aftersales.domain.approvals.ApprovalChain;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalRequest;
import org.aftersales.domain.approvals.ApprovalRequest.Outcome;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.approvals.ApprovalStep;
import org.aftersales.domain.approvals.Verdict;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.NotPermittedException;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * The one approvals capability every context uses (B4, B6, P6, Q2, Q3, W6). A context submits a
 * subject of one of its kinds; the request walks the chain of its kind and department as it is at
 * that moment; deciders approve or reject in order; the context's {@link ApprovalHandler} makes the
 * subject take effect in the transaction of the last decision, or hands it back on a rejection or a
 * withdrawal. Two deciders of a one-of step at the same moment: the request row is locked, the
 * first decision counts, the second is a conflict (409). Nobody decides their own request (403).
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
public class Approvals {

    /** The most requests approved at once from the inbox. */
    public static final int MAX_BULK = 100;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private ApprovalHandlers handlers;

    @EJB
    private Deciders deciders;

    @EJB
    private ApprovalAnnouncer announcer;

    @Inject
    private ApprovalSearch search;

    /**
     * A context asks for the approval of one of its subjects, in the caller's name. Only one request
     * per subject waits at a time (409). If every step is skipped for this amount the subject is
     * approved at once.
     */
    public ApprovalSummary submit(@Valid Submission s) {
        String me = context.getCallerPrincipal().getName();
        search.latest(s.kind(), s.subject())
                .filter(r -> r.getState() == ApprovalState.PENDING)
                .ifPresent(r -> {
                    throw new ConflictException("error.approvalPending", s.subject());
                });
        Instant now = calendar.now();
        ApprovalRequest r = new ApprovalRequest(
                s.kind(),
                s.department(),
                s.subject(),
                s.summary(),
                s.amount(),
                me,
                chain(s.kind(), s.department()).rules(),
                now);
        em.persist(r);
        em.flush();
        after(r, r.getState() == ApprovalState.APPROVED ? Outcome.APPROVED : Outcome.NEXT_STEP, me, now);
        return ApprovalSummary.of(r);
    }

    /** The chain a new request of this kind and department walks: the department's own, else the default. */
    ApprovalChain chain(ApprovalKind kind, String department) {
        List<ApprovalChain> chains = em.createNamedQuery("ApprovalChain.of", ApprovalChain.class)
                .setParameter("kind", kind)
                .setParameter("departments", List.of(department, ApprovalChain.DEFAULT))
                .getResultList();
        return chains.stream()
                .filter(c -> !c.isDefault())
                .findFirst()
                .or(() -> chains.stream().findFirst())
                .orElseThrow(() -> new ConflictException("error.approvalNoChain", kind.name()));
    }

    /**
     * A decision on the step that waits. REJECT needs a reason (422); not a decider of this step, or
     * the requester → 403; ended, or the step decided meanwhile → 409; nothing changes on an error.
     */
    public ApprovalDetail decide(long id, @NotNull @Valid DecisionInput input) {
        Caller caller = Caller.of(context);
        ApprovalRequest r = locked(id);
        Instant now = calendar.now();
        List<Actor> capacities = deciders.capacities(caller, calendar.today());
        Outcome outcome = r.decide(caller.name(), capacities, input.decision(), input.reason(), input.step(), now);
        em.flush();
        after(r, outcome, caller.name(), now);
        return detail(r, caller, capacities);
    }

    /** The outcome of one item of a bulk approval. */
    public record BulkResult(long id, String subject, boolean approved, String messageKey, List<String> args)
            implements java.io.Serializable {}

    /**
     * Approves the selected requests of one kind, each in its own transaction: one that cannot be
     * approved (decided meanwhile, not mine) is reported and does not hold up the others.
     */
    public List<BulkResult> approveAll(@NotNull @Size(min = 1, max = MAX_BULK) List<@NotNull Long> ids) {
        List<ApprovalRequest> requests = search.byIds(ids);
        if (requests.stream().map(ApprovalRequest::getKind).distinct().count() > 1) {
            throw new RuleViolationException(FieldError.of("ids", "validation.approvalBulkOneKind"));
        }
        Map<Long, String> subjects = new HashMap<>();
        requests.forEach(r -> subjects.put(r.getId(), r.getSubject()));
        Approvals self = context.getBusinessObject(Approvals.class);
        List<BulkResult> results = new ArrayList<>();
        for (Long id : ids) {
            String subject = subjects.getOrDefault(id, String.valueOf(id));
            try {
                self.decideAlone(id, new DecisionInput(Verdict.APPROVE, null, null));
                results.add(new BulkResult(id, subject, true, "approvals.bulk.approved", List.of(subject)));
            } catch (ConflictException | NotPermittedException e) {
                results.add(new BulkResult(id, subject, false, e.messageKey(), e.args()));
            } catch (UnknownEntityException e) {
                results.add(new BulkResult(id, subject, false, "error.approvalUnknown", List.of(subject)));
            }
        }
        return results;
    }

    /** One decision in its own transaction (bulk approval). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ApprovalDetail decideAlone(long id, DecisionInput input) {
        return decide(id, input);
    }

    /** 撤回: the requester takes a pending request back; the subject goes back to them. */
    public ApprovalDetail withdraw(long id, @Size(max = 500) String reason) {
        Caller caller = Caller.of(context);
        ApprovalRequest r = locked(id);
        Instant now = calendar.now();
        r.withdraw(caller.name(), reason, now);
        em.flush();
        after(r, null, caller.name(), now);
        return detail(r, caller, deciders.capacities(caller, calendar.today()));
    }

    /** A request with its steps and decisions, for whom it concerns (else 404). */
    public ApprovalDetail find(long id) {
        Caller caller = Caller.of(context);
        ApprovalRequest r = em.find(ApprovalRequest.class, id);
        if (r == null) {
            throw new UnknownEntityException("ApprovalRequest", id);
        }
        List<Actor> capacities = deciders.capacities(caller, calendar.today());
        if (!concerns(r, caller, capacities)) {
            throw new UnknownEntityException("ApprovalRequest", id); // anyone else's object is 404
        }
        return detail(r, caller, capacities);
    }

    /** The newest request about a subject of a kind, of any state (for the subject's own screens). */
    public Optional<ApprovalDetail> ofSubject(ApprovalKind kind, String subject) {
        Caller caller = Caller.of(context);
        return search.latest(kind, subject).map(r -> detail(r, caller, deciders.capacities(caller, calendar.today())));
    }

    /**
     * Every request about a subject of a kind, oldest first — for the subject's own screens, which
     * decide who sees the subject (a claim resubmitted after a rejection shows its earlier rounds).
     */
    public List<ApprovalSummary> historyOf(ApprovalKind kind, String subject) {
        return search.all(kind, subject).stream().map(ApprovalSummary::of).toList();
    }

    /** A page of the inbox. Everything ({@code ALL}) is for managers and administrators. */
    public PageResult<ApprovalSummary> list(@NotNull Filter filter, int first, int size) {
        Caller caller = Caller.of(context);
        if (filter.box() == ApprovalViews.Box.ALL && !caller.isAny(Role.MANAGER)) {
            throw new NotPermittedException("error.approvalAllForManagers");
        }
        PageResult<ApprovalRequest> page = search.list(
                filter, caller.name(), deciders.capacities(caller, calendar.today()), calendar.now(), first, size);
        return new PageResult<>(page.items().stream().map(ApprovalSummary::of).toList(), page.total());
    }

    /** How many requests wait for the caller (the menu's and the home page's count). */
    public long waitingCount() {
        Caller caller = Caller.of(context);
        return search.waitingCount(caller.name(), deciders.capacities(caller, calendar.today()));
    }

    private ApprovalRequest locked(long id) {
        ApprovalRequest r = em.find(ApprovalRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new UnknownEntityException("ApprovalRequest", id);
        }
        return r;
    }

    private boolean concerns(ApprovalRequest r, Caller caller, List<Actor> capacities) {
        if (caller.isAny(Role.MANAGER) || caller.name().equals(r.getRequestedBy())) {
            return true;
        }
        for (ApprovalStep s : r.getSteps()) {
            if (capacities.stream().anyMatch(a -> s.rule().decidedBy(a))) {
                return true;
            }
        }
        return search.decidedBy(r.getId(), caller.name());
    }

    private ApprovalDetail detail(ApprovalRequest r, Caller caller, List<Actor> capacities) {
        boolean mayDecide = r.mayDecide(caller.name(), capacities);
        boolean mayWithdraw =
                r.getState() == ApprovalState.PENDING && caller.name().equals(r.getRequestedBy());
        List<StepView> steps =
                r.getSteps().stream().map(s -> StepView.of(s, r.getDecisions())).toList();
        return new ApprovalDetail(ApprovalSummary.of(r), steps, mayDecide, mayWithdraw, r.getVersion());
    }

    /** The effects of a change: the owning context reacts to an end; the people concerned are told. */
    private void after(ApprovalRequest r, Outcome outcome, String by, Instant now) {
        if (r.getState().ended()) {
            handlers.of(r.getKind())
                    .ifPresent(h -> h.ended(new Ending(
                            r.getId(), r.getKind(), r.getSubject(), r.getState(), by, r.getEndReason(), now)));
            announcer.ended(r, by, now);
        } else if (outcome == Outcome.NEXT_STEP) {
            announcer.waiting(r, ApprovalAnnouncer.WAITING, now);
        }
    }
}
