package org.aftersales.domain.customers;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.customers.warranty.ProductFacts;
import org.aftersales.domain.customers.warranty.ProductUse;
import org.aftersales.domain.customers.warranty.ProofOfPurchase;
import org.aftersales.domain.customers.warranty.SerialStatus;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;

/**
 * C3: a product installed at a customer (产品/设备档案). Invariants: the serial number (出厂编码) is
 * unique and never changes; a purchase date is never before the factory date. What the warranty
 * engine needs comes from {@link #facts()}.
 */
@Entity
@Table(name = "installed_product")
@NamedQuery(
        name = InstalledProduct.COUNT_BY_MODEL,
        query = "SELECT p.model, COUNT(p) FROM InstalledProduct p GROUP BY p.model")
public class InstalledProduct extends AuditedEntity {

    /** Issue 14 (Q8): the products in the archive per model, the base of complaints per 1 000 products. */
    public static final String COUNT_BY_MODEL = "InstalledProduct.countByModel";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "serial_number", nullable = false, unique = true, updatable = false, length = 64)
    private String serialNumber;

    @Column(name = "model", nullable = false, length = 64)
    private String model;

    @Column(name = "category", length = 64)
    private String category;

    @Column(name = "colour", length = 40)
    private String colour;

    @Column(name = "factory_date", nullable = false)
    private LocalDate factoryDate;

    @Column(name = "purchase_date")
    private LocalDate purchaseDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "proof_of_purchase", nullable = false, length = 20)
    private ProofOfPurchase proofOfPurchase = ProofOfPurchase.NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_use", nullable = false, length = 20)
    private ProductUse use;

    @Enumerated(EnumType.STRING)
    @Column(name = "serial_status", nullable = false, length = 20)
    private SerialStatus serialStatus = SerialStatus.OK;

    /** W3: the warranty card or purchase date was altered or does not match. */
    @Column(name = "purchase_record_altered", nullable = false)
    private boolean purchaseRecordAltered;

    @Column(name = "dealer", length = 200)
    private String dealer;

    @Column(name = "installation_address", length = 300)
    private String installationAddress;

    /** W5: far outside the normal service area. */
    @Column(name = "remote_site", nullable = false)
    private boolean remoteSite;

    @Column(name = "delivery_note", length = 64)
    private String deliveryNote;

    @Column(name = "operating_hours")
    private Long operatingHours;

    /** W1: product-specific written commitments, component → months; they win over the terms table. */
    @ElementCollection
    @CollectionTable(name = "warranty_commitment", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "component", length = 40)
    @Column(name = "months", nullable = false)
    private Map<String, Integer> commitments = new HashMap<>();

    protected InstalledProduct() {}

    public InstalledProduct(
            Customer customer, String serialNumber, String model, ProductUse use, LocalDate factoryDate) {
        this.customer = Objects.requireNonNull(customer, "The customer is required.");
        if (serialNumber == null || serialNumber.isBlank()) {
            throw new RuleViolationException(FieldError.of("serialNumber", "validation.required"));
        }
        this.serialNumber = serialNumber.strip();
        describe(model, null, null);
        this.use = Objects.requireNonNull(use, "The use is required.");
        this.factoryDate = Objects.requireNonNull(factoryDate, "The factory date is required.");
    }

    public void describe(String newModel, String newCategory, String newColour) {
        if (newModel == null || newModel.isBlank()) {
            throw new RuleViolationException(FieldError.of("model", "validation.required"));
        }
        this.model = newModel.strip();
        this.category = Text.optional(newCategory);
        this.colour = Text.optional(newColour);
    }

    /** W2: what proves the purchase and when it was. */
    public void recordPurchase(LocalDate date, ProofOfPurchase proof, String fromDealer) {
        if (date != null && date.isBefore(factoryDate)) {
            throw new RuleViolationException(FieldError.of("purchaseDate", "validation.purchaseBeforeFactory"));
        }
        this.purchaseDate = date;
        this.proofOfPurchase = Objects.requireNonNull(proof, "The proof of purchase is required.");
        this.dealer = Text.optional(fromDealer);
    }

    public void changeUse(ProductUse newUse) {
        this.use = Objects.requireNonNull(newUse, "The use is required.");
    }

    /** W3: what the technician or agent saw of the serial plate and the purchase record. */
    public void inspect(SerialStatus status, boolean recordAltered) {
        this.serialStatus = Objects.requireNonNull(status, "The serial status is required.");
        this.purchaseRecordAltered = recordAltered;
    }

    public void installAt(String address, boolean remote) {
        this.installationAddress = Text.optional(address);
        this.remoteSite = remote;
    }

    public void deliveredWith(String note) {
        this.deliveryNote = Text.optional(note);
    }

    /**
     * C3, M1: the most hours the counter can show on {@code day} — running day and night since its
     * factory date, the factory day included (issue 10.7).
     */
    public static long possibleHours(LocalDate factoryDate, LocalDate day) {
        return Math.max(0, ChronoUnit.DAYS.between(factoryDate, day) + 1) * 24;
    }

    /**
     * M1: the latest operating-hours reading, taken on {@code readOn}. Readings only ever go up,
     * and none exceeds what the product can have run since its factory date; a stored reading that
     * already exceeds that (a typing error from before) does not block a true one.
     *
     * @throws RuleViolationException on {@code hours} or {@code readOn}
     */
    public void readHours(long hours, LocalDate readOn) {
        Objects.requireNonNull(readOn, "The date of the reading is required.");
        if (readOn.isBefore(factoryDate)) {
            throw new RuleViolationException(FieldError.of("readOn", "validation.readBeforeFactory", factoryDate));
        }
        if (hours < 0) {
            throw new RuleViolationException(FieldError.of("hours", "validation.notNegative"));
        }
        long possible = possibleHours(factoryDate, readOn);
        if (hours > possible) {
            throw new RuleViolationException(FieldError.of("hours", "validation.hoursImplausible", possible));
        }
        boolean lastIsPlausible = operatingHours != null && operatingHours <= possible;
        if (lastIsPlausible && hours < operatingHours) {
            throw new RuleViolationException(FieldError.of("hours", "validation.hoursGoUp"));
        }
        this.operatingHours = hours;
    }

    public void commit(String component, Integer months) {
        if (months == null) {
            commitments.remove(component);
        } else if (months <= 0) {
            throw new RuleViolationException(FieldError.of("months", "validation.positive"));
        } else {
            commitments.put(component, months);
        }
    }

    /** What the warranty engine needs to know about this product. */
    public ProductFacts facts() {
        return new ProductFacts(
                serialNumber,
                model,
                category,
                use,
                factoryDate,
                purchaseDate,
                proofOfPurchase,
                serialStatus,
                purchaseRecordAltered,
                Map.copyOf(commitments));
    }

    @Override
    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getModel() {
        return model;
    }

    public String getCategory() {
        return category;
    }

    public String getColour() {
        return colour;
    }

    public LocalDate getFactoryDate() {
        return factoryDate;
    }

    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public ProofOfPurchase getProofOfPurchase() {
        return proofOfPurchase;
    }

    public ProductUse getUse() {
        return use;
    }

    public SerialStatus getSerialStatus() {
        return serialStatus;
    }

    public boolean isPurchaseRecordAltered() {
        return purchaseRecordAltered;
    }

    public String getDealer() {
        return dealer;
    }

    public String getInstallationAddress() {
        return installationAddress;
    }

    public boolean isRemoteSite() {
        return remoteSite;
    }

    public String getDeliveryNote() {
        return deliveryNote;
    }

    public Long getOperatingHours() {
        return operatingHours;
    }

    public Map<String, Integer> getCommitments() {
        return Map.copyOf(commitments);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("serialNumber", serialNumber);
        state.put("customer", customer == null ? null : String.valueOf(customer.getId()));
        state.put("model", model);
        state.put("category", category);
        state.put("colour", colour);
        state.put("factoryDate", String.valueOf(factoryDate));
        state.put("purchaseDate", String.valueOf(purchaseDate));
        state.put("proofOfPurchase", proofOfPurchase.name());
        state.put("use", use.name());
        state.put("serialStatus", serialStatus.name());
        state.put("purchaseRecordAltered", String.valueOf(purchaseRecordAltered));
        state.put("dealer", dealer);
        state.put("installationAddress", installationAddress);
        state.put("remoteSite", String.valueOf(remoteSite));
        state.put("commitments", String.valueOf(new java.util.TreeMap<>(commitments)));
        return state;
    }
}
