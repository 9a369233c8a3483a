package org.aftersales.quality.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.quality.AuditVerdict;
import org.aftersales.domain.quality.EvaluationAudit;
import org.aftersales.domain.quality.RepairEvaluation;
import org.aftersales.domain.quality.TicketFact;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.KpiViews.AuditView;
import org.aftersales.quality.boundary.KpiViews.EvaluationView;
import org.aftersales.quality.control.AuditSampling;
import org.aftersales.quality.control.KpiFacts;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * Q6: the repair quality evaluation — an evaluator (QUALITY) scores a closed ticket's repair for
 * quality and attitude; each month a random sample of the closed tickets goes to a manager for audit
 * ({@link EvaluationSampler} draws it on the 1st, a manager can draw a month at any time; the same month
 * gives the same sample).
 */
@Stateless
@RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
public class RepairEvaluations {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private KpiFacts kpis;

    @Inject
    private AuditSampling sampling;

    /** Q6: scores (or re-scores) a closed ticket; one not (yet) closed → 409. */
    @RolesAllowed({Roles.QUALITY, Roles.MANAGER})
    public EvaluationView evaluate(String ticket, Integer quality, Integer attitude, String remarks) {
        TicketFact fact = kpis.find(ticket);
        if (fact == null || fact.getClosedAt() == null) {
            throw new ConflictException("error.evaluationNotClosed", ticket);
        }
        RepairEvaluation evaluation = em.createNamedQuery(RepairEvaluation.OF_TICKET, RepairEvaluation.class)
                .setParameter("ticket", ticket)
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean created = evaluation == null;
        if (created) {
            evaluation = new RepairEvaluation(ticket, fact.getTechnician());
        }
        evaluation.score(quality, attitude, remarks, Caller.of(context).name(), Instant.now());
        if (created) {
            em.persist(evaluation);
        }
        kpis.evaluated(fact, evaluation.getQuality(), evaluation.getAttitude());
        em.flush();
        return EvaluationView.of(fact, evaluation);
    }

    public Optional<EvaluationView> evaluation(String ticket) {
        return Optional.ofNullable(em.find(TicketFact.class, ticket))
                .filter(f -> f.getClosedAt() != null)
                .map(EvaluationView::of);
    }

    /** Q6: closed tickets not evaluated yet, the latest first. */
    public List<EvaluationView> toEvaluate(int max) {
        return em.createNamedQuery(TicketFact.UNEVALUATED, TicketFact.class)
                .setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultStream()
                .map(EvaluationView::of)
                .toList();
    }

    /** Q6: draws the month's audit sample (once; a drawn month keeps its sample). */
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public List<AuditView> sample(YearMonth month) {
        return sampling.sample(month).stream().map(AuditView::of).toList();
    }

    public List<AuditView> audits(YearMonth month) {
        return sampling.ofMonth(month).stream().map(AuditView::of).toList();
    }

    /** Q6: a manager's verdict on a sampled repair; audited twice → 409. */
    @RolesAllowed(Roles.MANAGER)
    public AuditView audit(long id, AuditVerdict verdict, String note) {
        EvaluationAudit audit = em.find(EvaluationAudit.class, id);
        if (audit == null) {
            throw new UnknownEntityException("EvaluationAudit", String.valueOf(id));
        }
        audit.audit(verdict, note, Caller.of(context).name(), calendar.now());
        em.flush();
        return AuditView.of(audit);
    }
}
