package org.aftersales.customers.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.WarrantyTermRule;
import org.aftersales.domain.customers.warranty.WarrantyAssessment;
import org.aftersales.domain.customers.warranty.WarrantyPolicy;
import org.aftersales.domain.customers.warranty.WarrantyTerm;
import org.aftersales.settings.boundary.Settings;

/** W1–W3 for a loaded product: the terms table and the W2 grace from the settings, then the pure policy. */
@Dependent
public class WarrantyAssessor {

    public static final String GRACE_MONTHS = "warranty.no-proof-grace-months";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private Settings settings;

    public WarrantyAssessment assess(InstalledProduct product, LocalDate date) {
        return new WarrantyPolicy(settings.number(GRACE_MONTHS, 3)).assess(product.facts(), terms(), date);
    }

    public List<WarrantyTerm> terms() {
        return em.createNamedQuery("WarrantyTermRule.all", WarrantyTermRule.class).getResultList().stream()
                .map(WarrantyTermRule::term)
                .toList();
    }
}
