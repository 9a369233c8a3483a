package org.aftersales.quality.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.aftersales.domain.quality.AuditSample;
import org.aftersales.domain.quality.EvaluationAudit;
import org.aftersales.domain.quality.TicketFact;
import org.aftersales.settings.boundary.SettingReader;

/**
 * Q6: draws a month's audit sample — {@code quality.audit-sample-percent} of the tickets closed in the
 * month, chosen by {@link AuditSample} (random, but the same month always gives the same tickets) —
 * once: a month already drawn keeps its sample.
 */
@Dependent
public class AuditSampling {

    public static final String SAMPLE_PERCENT = "quality.audit-sample-percent";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private SettingReader settings;

    public List<EvaluationAudit> sample(YearMonth month) {
        List<EvaluationAudit> drawn = ofMonth(month);
        if (!drawn.isEmpty()) {
            return drawn;
        }
        List<String> closed = em.createNamedQuery(TicketFact.CLOSED_IN, String.class)
                .setParameter("from", month.atDay(1))
                .setParameter("to", month.atEndOfMonth())
                .getResultList();
        BigDecimal percent = BigDecimal.valueOf(settings.number(SAMPLE_PERCENT, 5));
        for (String ticket : AuditSample.pick(closed, month, percent)) {
            TicketFact fact = em.find(TicketFact.class, ticket);
            em.persist(new EvaluationAudit(month.toString(), ticket, fact == null ? null : fact.getTechnician()));
        }
        em.flush();
        return ofMonth(month);
    }

    public List<EvaluationAudit> ofMonth(YearMonth month) {
        return em.createNamedQuery(EvaluationAudit.OF_MONTH, EvaluationAudit.class)
                .setParameter("month", month.toString())
                .getResultList();
    }
}
