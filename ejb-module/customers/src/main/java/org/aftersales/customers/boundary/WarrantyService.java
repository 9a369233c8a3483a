package org.aftersales.customers.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.accounts.boundary.PartnerScope;
import org.aftersales.customers.control.ProductRegistry;
import org.aftersales.customers.control.WarrantyAssessor;
import org.aftersales.customers.control.WarrantyTermTable;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.WarrantyTermRule;
import org.aftersales.domain.customers.warranty.ProductUse;
import org.aftersales.domain.customers.warranty.WarrantyAssessment;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.reference.boundary.ReferenceLists;

/**
 * W1–W3: the warranty of a product on a date, from the terms table (data ADMIN and QUALITY edit)
 * and the product's facts; and the editing of that table.
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
    Roles.ADMIN,
    Roles.PARTNER
})
public class WarrantyService {

    /** W1: a component code as typed (blank is left to {@code @NotBlank}): upper case, digits, underscores. */
    static final String COMPONENT = "\\s*|\\s*[A-Z][A-Z0-9_]{1,39}\\s*";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private ReferenceLists lists;

    @Inject
    private ProductRegistry products;

    @Resource
    private SessionContext context;

    @Inject
    private WarrantyAssessor assessor;

    @Inject
    private WarrantyTermTable table;

    /** W1: a warranty term; the constraints are the contract (issue 11.1), the category is checked against its list. */
    public record TermView(
            Long id,
            String category,
            String model,
            ProductUse use,

            @NotBlank @Pattern(regexp = COMPONENT, message = "{validation.componentCode}")
            String component,

            @Min(value = 1, message = "{validation.months}") @Max(value = 600, message = "{validation.months}")
            int months,

            long version)
            implements Serializable {
        static TermView of(WarrantyTermRule t) {
            return new TermView(
                    t.getId(),
                    t.getCategory(),
                    t.getModel(),
                    t.getUse(),
                    t.getComponent(),
                    t.getMonths(),
                    t.getVersion());
        }
    }

    public record Check(String serialNumber, String customerName, String model, WarrantyAssessment assessment)
            implements Serializable {}

    public Check check(String serialNumber, LocalDate date) {
        InstalledProduct product = products.existing(serialNumber, PartnerScope.of(context)); // issue 10.1
        return new Check(
                product.getSerialNumber(),
                product.getCustomer().getName(),
                product.getModel(),
                assessor.assess(product, date));
    }

    @PermitAll
    public List<TermView> list() {
        return em.createNamedQuery("WarrantyTermRule.all", WarrantyTermRule.class).getResultList().stream()
                .map(TermView::of)
                .toList();
    }

    /** W1: adds a term ({@code id} null) or changes one against the version shown. */
    @RolesAllowed({Roles.QUALITY, Roles.ADMIN})
    public TermView save(@Valid TermView term) {
        List<FieldError> errors = new ArrayList<>();
        // issue 10.18: a term's category is one of the kept list (none: every category)
        WarrantyTermRule current = term.id() == null ? null : em.find(WarrantyTermRule.class, term.id());
        lists.unknown(
                        ReferenceLists.Kind.PRODUCT_CATEGORY,
                        "category",
                        term.category(),
                        current == null ? null : current.getCategory())
                .ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        table.changing();
        WarrantyTermRule rule;
        if (term.id() == null) {
            rule = new WarrantyTermRule(
                    term.category(), term.model(), term.use(), term.component().strip(), term.months());
            em.persist(rule);
        } else {
            rule = em.find(WarrantyTermRule.class, term.id());
            if (rule == null) {
                throw new UnknownEntityException("WarrantyTerm", term.id());
            }
            if (rule.getVersion() != term.version()) {
                throw new ConflictException("error.staleVersion");
            }
            rule.change(
                    term.category(), term.model(), term.use(), term.component().strip(), term.months());
        }
        em.flush();
        return TermView.of(rule);
    }

    @RolesAllowed({Roles.QUALITY, Roles.ADMIN})
    public void remove(long id) {
        WarrantyTermRule rule = em.find(WarrantyTermRule.class, id);
        if (rule == null) {
            throw new UnknownEntityException("WarrantyTerm", id);
        }
        table.changing();
        em.remove(rule);
    }
}
