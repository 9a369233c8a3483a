package org.aftersales.domain.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.aftersales.domain.customers.warranty.ContractCover;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;

/**
 * C5: a service contract with a customer: its period, what it covers (products, or a site as text),
 * the response commitment, the fee terms (which entitlement a covered request gets) and its QYBS
 * stage. Invariants: the period ends on or after its start; a renewal or supplement names the
 * contract it follows; the stage only moves forward.
 */
@Entity
@Table(name = "service_contract")
public class ServiceContract extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_number", nullable = false, unique = true, updatable = false, length = 40)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ContractKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id")
    private ServiceContract previous;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date", nullable = false)
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private ContractStage stage = ContractStage.SIGNED;

    @Enumerated(EnumType.STRING)
    @Column(name = "entitlement", nullable = false, length = 20)
    private Entitlement entitlement;

    @Column(name = "fee_terms", length = 1000)
    private String feeTerms;

    @Column(name = "response_hours")
    private Integer responseHours;

    @Column(name = "site", length = 300)
    private String site;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "contract_product",
            joinColumns = @JoinColumn(name = "contract_id"),
            inverseJoinColumns = @JoinColumn(name = "product_id"))
    private Set<InstalledProduct> products = new HashSet<>();

    protected ServiceContract() {}

    public ServiceContract(
            String number,
            Customer customer,
            ContractKind kind,
            ServiceContract previous,
            LocalDate start,
            LocalDate end,
            Entitlement entitlement) {
        if (number == null || number.isBlank()) {
            throw new RuleViolationException(FieldError.of("number", "validation.required"));
        }
        this.number = number.strip();
        this.customer = Objects.requireNonNull(customer, "The customer is required.");
        this.kind = Objects.requireNonNull(kind, "The kind is required.");
        if (kind != ContractKind.NEW && previous == null) {
            throw new RuleViolationException(FieldError.of("previousNumber", "validation.previousContract"));
        }
        this.previous = previous;
        reschedule(start, end);
        this.entitlement = Objects.requireNonNull(entitlement, "The fee terms' entitlement is required.");
    }

    public void reschedule(LocalDate newStart, LocalDate newEnd) {
        Objects.requireNonNull(newStart, "The start is required.");
        Objects.requireNonNull(newEnd, "The end is required.");
        if (newEnd.isBefore(newStart)) {
            throw new RuleViolationException(FieldError.of("end", "validation.endBeforeStart"));
        }
        this.start = newStart;
        this.end = newEnd;
    }

    public void agree(String newFeeTerms, Integer newResponseHours, String newSite) {
        if (newResponseHours != null && newResponseHours <= 0) {
            throw new RuleViolationException(FieldError.of("responseHours", "validation.positive"));
        }
        this.feeTerms = Text.optional(newFeeTerms);
        this.responseHours = newResponseHours;
        this.site = Text.optional(newSite);
    }

    public void cover(InstalledProduct product) {
        if (!product.getCustomer().getId().equals(customer.getId())) {
            throw new RuleViolationException(
                    FieldError.of("serialNumbers", "validation.notCustomersProduct", product.getSerialNumber()));
        }
        products.add(product);
    }

    public void uncover(InstalledProduct product) {
        products.remove(product);
    }

    /** C5: Q → Y → B → S. */
    public void advance() {
        if (stage == ContractStage.FOLLOW_UP) {
            throw new ConflictException("error.contractLastStage"); // C5: renew the contract to start again
        }
        stage = stage.next();
    }

    /** In force on {@code date}: within the period, and accepted or further (a signed contract is not yet served). */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end) && stage != ContractStage.SIGNED;
    }

    /** Covers the product on the date: in force, and the product is listed or the contract is for the whole site. */
    public boolean covers(InstalledProduct product, LocalDate date) {
        boolean listed = products.stream().anyMatch(p -> p.getId().equals(product.getId()));
        boolean wholeCustomer = products.isEmpty() && site != null;
        return inForceOn(date)
                && (listed || wholeCustomer)
                && product.getCustomer().getId().equals(customer.getId());
    }

    public ContractCover cover() {
        return new ContractCover(number, entitlement);
    }

    public boolean expiresWithin(LocalDate today, int days) {
        return !end.isBefore(today) && !end.isAfter(today.plusDays(days));
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public ContractKind getKind() {
        return kind;
    }

    public ServiceContract getPrevious() {
        return previous;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public ContractStage getStage() {
        return stage;
    }

    public Entitlement getEntitlement() {
        return entitlement;
    }

    public String getFeeTerms() {
        return feeTerms;
    }

    public Integer getResponseHours() {
        return responseHours;
    }

    public String getSite() {
        return site;
    }

    public Set<InstalledProduct> getProducts() {
        return Set.copyOf(products);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("number", number);
        state.put("kind", kind.name());
        state.put("start", String.valueOf(start));
        state.put("end", String.valueOf(end));
        state.put("stage", stage.name());
        state.put("entitlement", entitlement.name());
        state.put("feeTerms", feeTerms);
        state.put("responseHours", String.valueOf(responseHours));
        state.put("site", site);
        TreeSet<String> serials = new TreeSet<>();
        products.forEach(p -> serials.add(p.getSerialNumber()));
        state.put("products", String.join(",", serials));
        return state;
    }
}
