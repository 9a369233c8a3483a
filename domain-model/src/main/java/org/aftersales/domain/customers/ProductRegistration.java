package org.aftersales.domain.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.Text;

/**
 * C3: the after-sales service registration form (售后服务登记表) a customer fills in for a product:
 * usage frequency, wanted services, chosen service term and 5-star ratings.
 */
@Entity
@Table(name = "product_registration")
public class ProductRegistration extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private InstalledProduct product;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "usage_frequency", nullable = false, length = 20)
    private UsageFrequency usageFrequency;

    @Convert(converter = WantedServicesConverter.class)
    @Column(name = "wanted_services", nullable = false, length = 200)
    private Set<WantedService> wantedServices = EnumSet.noneOf(WantedService.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "service_term", nullable = false, length = 20)
    private ServiceTerm serviceTerm;

    @Column(name = "product_rating")
    private Integer productRating;

    @Column(name = "service_rating")
    private Integer serviceRating;

    @Column(name = "remarks", length = 1000)
    private String remarks;

    protected ProductRegistration() {}

    public ProductRegistration(
            InstalledProduct product,
            LocalDate registeredOn,
            UsageFrequency usageFrequency,
            Set<WantedService> wantedServices,
            ServiceTerm serviceTerm,
            Integer productRating,
            Integer serviceRating,
            String remarks) {
        this.product = Objects.requireNonNull(product, "The product is required.");
        this.registeredOn = Objects.requireNonNull(registeredOn, "The date is required.");
        this.usageFrequency = Objects.requireNonNull(usageFrequency, "The usage frequency is required.");
        this.wantedServices = wantedServices == null || wantedServices.isEmpty()
                ? EnumSet.noneOf(WantedService.class)
                : EnumSet.copyOf(wantedServices);
        this.serviceTerm = Objects.requireNonNull(serviceTerm, "The service term is required.");
        this.productRating = stars(productRating);
        this.serviceRating = stars(serviceRating);
        this.remarks = Text.optional(remarks);
    }

    /** Ratings are 1 to 5 stars, or none. */
    static Integer stars(Integer rating) {
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException("A rating is 1 to 5 stars.");
        }
        return rating;
    }

    @Override
    public Long getId() {
        return id;
    }

    public InstalledProduct getProduct() {
        return product;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public UsageFrequency getUsageFrequency() {
        return usageFrequency;
    }

    public Set<WantedService> getWantedServices() {
        return wantedServices.isEmpty() ? EnumSet.noneOf(WantedService.class) : EnumSet.copyOf(wantedServices);
    }

    public ServiceTerm getServiceTerm() {
        return serviceTerm;
    }

    public Integer getProductRating() {
        return productRating;
    }

    public Integer getServiceRating() {
        return serviceRating;
    }

    public String getRemarks() {
        return remarks;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("product", product == null ? null : product.getSerialNumber());
        state.put("registeredOn", String.valueOf(registeredOn));
        state.put("usageFrequency", usageFrequency.name());
        state.put("wantedServices", new WantedServicesConverter().convertToDatabaseColumn(wantedServices));
        state.put("serviceTerm", serviceTerm.name());
        state.put("productRating", String.valueOf(productRating));
        state.put("serviceRating", String.valueOf(serviceRating));
        state.put("remarks", remarks);
        return state;
    }
}
