package org.aftersales.tickets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.SlaTerm;
import org.aftersales.domain.tickets.SlaTerms;

/** T4, T5: the SLA terms in force for a fault level — the administrator's table, else the API.md defaults. */
@Dependent
public class SlaCatalog {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public SlaTerms termsFor(FaultLevel level) {
        SlaTerm term = em.find(SlaTerm.class, level);
        return term == null ? SlaTerms.defaults(level) : term.terms();
    }
}
