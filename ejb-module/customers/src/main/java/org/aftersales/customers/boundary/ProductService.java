package org.aftersales.customers.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.accounts.boundary.PartnerScope;
import org.aftersales.customers.boundary.ProductViews.Inspection;
import org.aftersales.customers.boundary.ProductViews.NewProduct;
import org.aftersales.customers.boundary.ProductViews.ProductView;
import org.aftersales.customers.control.CustomerQueries;
import org.aftersales.customers.control.ProductRegistry;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.customers.Customer;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.OperatingHoursReading;
import org.aftersales.domain.customers.ProductRegistration;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;

/** C3: products installed at customers — registered, found by serial number, inspected. */
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
public class ProductService {

    @Inject
    private CustomerQueries queries;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private ProductRegistry registry;

    @Resource
    private SessionContext context;

    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
    public ProductView register(long customerId, @Valid NewProduct request) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null || !customer.visibleTo(partner())) {
            throw new org.aftersales.domain.shared.UnknownEntityException("Customer", customerId);
        }
        InstalledProduct product = registry.build(customer, request);
        em.persist(product);
        em.flush();
        return ProductView.of(product);
    }

    public Optional<ProductView> find(String serialNumber) {
        return registry.visible(serialNumber, partner()).map(ProductView::of);
    }

    public List<ProductView> ofCustomer(long customerId) {
        return queries.productsOf(customerId).stream()
                .filter(p -> p.getCustomer().visibleTo(partner()))
                .map(ProductView::of)
                .toList();
    }

    private java.util.Optional<String> partner() {
        return PartnerScope.of(context);
    }

    /** W3, W5, M1: what was found on site. */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
    public ProductView inspect(Inspection inspection) {
        InstalledProduct product = registry.existing(inspection.serialNumber());
        if (product.getVersion() != inspection.version()) {
            throw new ConflictException("error.staleVersion");
        }
        product.inspect(inspection.serialStatus(), inspection.purchaseRecordAltered());
        product.installAt(product.getInstallationAddress(), inspection.remoteSite());
        if (inspection.operatingHours() != null) {
            try {
                product.readHours(inspection.operatingHours(), registry.today());
            } catch (RuleViolationException e) {
                throw new RuleViolationException(e.errors().stream()
                        .map(f -> new FieldError("operatingHours", f.messageKey(), f.args()))
                        .toList());
            }
        }
        em.flush();
        return ProductView.of(product);
    }

    /** C3: the customer's registration form (售后服务登记表) for the product. */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
    public ProductViews.RegistrationForm register(String serialNumber, @Valid ProductViews.RegistrationForm form) {
        InstalledProduct product = registry.existing(serialNumber, partner());
        LocalDate today = registry.today();
        // C3, issue 10.12: the form was filled in on a day that has been
        Plausible.pastDate("registeredOn", form.registeredOn(), today).ifPresent(e -> {
            throw new RuleViolationException(e);
        });
        ProductRegistration registration = new ProductRegistration(
                product,
                form.registeredOn() == null ? today : form.registeredOn(),
                form.usageFrequency(),
                form.wantedServices(),
                form.serviceTerm(),
                form.productRating(),
                form.serviceRating(),
                form.remarks());
        em.persist(registration);
        em.flush();
        return ProductViews.RegistrationForm.of(registration);
    }

    public List<ProductViews.RegistrationForm> registrations(String serialNumber) {
        registry.existing(serialNumber, partner());
        return queries.registrations(serialNumber).stream()
                .map(ProductViews.RegistrationForm::of)
                .toList();
    }

    /** C3, M1: a reading of the operating-hours counter, kept in the history; readings only go up. */
    @RolesAllowed({Roles.AGENT, Roles.DISPATCHER, Roles.TECHNICIAN, Roles.MANAGER, Roles.ADMIN, Roles.PARTNER})
    public ProductView readHours(String serialNumber, LocalDate readOn, long hours) {
        InstalledProduct product = registry.existing(serialNumber, partner());
        LocalDate today = registry.today();
        LocalDate day = readOn == null ? today : readOn;
        // issue 10.12: a reading is taken on a day that has been; the product says what it can have run (10.7)
        Plausible.pastDate("readOn", day, today).ifPresent(e -> {
            throw new RuleViolationException(e);
        });
        product.readHours(hours, day);
        em.persist(new OperatingHoursReading(product, day, hours));
        em.flush();
        return ProductView.of(product);
    }

    public List<ProductViews.Reading> readings(String serialNumber) {
        registry.existing(serialNumber, partner());
        return queries.readings(serialNumber, 200).stream()
                .map(r -> new ProductViews.Reading(r.getReadOn(), r.getHours(), r.getCreatedBy()))
                .toList();
    }

    /** Issue 14 (Q8): how many products of each model the archive holds (complaints per 1 000 products). */
    @RolesAllowed({Roles.QUALITY, Roles.MANAGER, Roles.ADMIN})
    public Map<String, Long> countsByModel() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(InstalledProduct.COUNT_BY_MODEL, Object[].class)
                .getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
