package org.aftersales.customers.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.customers.boundary.ProductViews.NewProduct;
import org.aftersales.domain.customers.Customer;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.warranty.ProofOfPurchase;
import org.aftersales.domain.customers.warranty.SerialStatus;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.reference.boundary.ReferenceLists;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * C3: finding, checking and storing installed products, for the boundaries of this context (the
 * product service and the hand-over import); runs in their transactions.
 */
@Dependent
public class ProductRegistry {

    /**
     * Published when a delivered product enters the archive (C2): productId, serialNumber, customerId,
     * deliveredOn (the hand-over's date, ISO); Q4's return visits consume it.
     */
    public static final String PRODUCT_DELIVERED = "ProductDelivered";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private DomainEvents events;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private ReferenceLists lists;

    /**
     * Builds (does not store) a product from a request that has passed its contract ({@link
     * NewProduct}'s constraints), or says every field that is wrong against the database and today.
     */
    public InstalledProduct build(Customer customer, NewProduct request) {
        List<FieldError> errors = new ArrayList<>();
        String serial = request.serialNumber().strip();
        if (bySerialNumber(serial).isPresent()) {
            errors.add(FieldError.of("serialNumber", "validation.serialTaken", serial));
        }
        LocalDate today = today();
        // C3, issue 10.12: made and bought are things that happened — not in the future, not before 1980
        Plausible.pastDate("factoryDate", request.factoryDate(), today).ifPresent(errors::add);
        Plausible.pastDate("purchaseDate", request.purchaseDate(), today).ifPresent(errors::add);
        // issue 10.18: the category is one of the kept list (optional)
        lists.unknown(ReferenceLists.Kind.PRODUCT_CATEGORY, "category", request.category(), null)
                .ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        ProofOfPurchase proof = request.proofOfPurchase() == null ? ProofOfPurchase.NONE : request.proofOfPurchase();
        InstalledProduct product =
                new InstalledProduct(customer, serial, request.model(), request.use(), request.factoryDate());
        product.describe(request.model(), request.category(), request.colour());
        product.recordPurchase(request.purchaseDate(), proof, request.dealer());
        product.inspect(request.serialStatus() == null ? SerialStatus.OK : request.serialStatus(), false);
        product.installAt(request.installationAddress(), request.remoteSite());
        product.deliveredWith(request.deliveryNote());
        return product;
    }

    /** Stores a product that came with the sales hand-over (C2) and tells whoever follows deliveries. */
    public void delivered(InstalledProduct product) {
        em.persist(product);
        em.flush();
        events.publish(DomainEvent.of(
                PRODUCT_DELIVERED,
                calendar.now(),
                Map.of(
                        "productId", String.valueOf(product.getId()),
                        "serialNumber", product.getSerialNumber(),
                        "customerId", String.valueOf(product.getCustomer().getId()),
                        "deliveredOn",
                                String.valueOf(
                                        product.getPurchaseDate() == null ? today() : product.getPurchaseDate()))));
    }

    /**
     * Today in the configured time zone ({@link BusinessCalendar}; its setting is read once per
     * transaction, the persistence context keeps it — not once per row of a long hand-over file).
     */
    public LocalDate today() {
        return calendar.today();
    }

    public InstalledProduct existing(String serialNumber) {
        return bySerialNumber(serialNumber).orElseThrow(() -> new UnknownEntityException("Product", serialNumber));
    }

    /**
     * Issue 10.1: the product as the caller may see it — a partner only the products of the customers
     * it opened; anyone else's is unknown (404), never forbidden, so serial numbers do not leak.
     */
    public InstalledProduct existing(String serialNumber, java.util.Optional<String> partner) {
        return visible(serialNumber, partner).orElseThrow(() -> new UnknownEntityException("Product", serialNumber));
    }

    public Optional<InstalledProduct> visible(String serialNumber, java.util.Optional<String> partner) {
        return bySerialNumber(serialNumber).filter(p -> p.getCustomer().visibleTo(partner));
    }

    public Optional<InstalledProduct> bySerialNumber(String serialNumber) {
        if (serialNumber == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT p FROM InstalledProduct p JOIN FETCH p.customer WHERE p.serialNumber = :serial",
                        InstalledProduct.class)
                .setParameter("serial", serialNumber.strip())
                .getResultStream()
                .findFirst();
    }
}
