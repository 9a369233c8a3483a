package org.aftersales.domain.billing;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * B5 索赔单: the cost of a free (warranty) repair of a bought-in model, claimed back from its supplier —
 * one per ticket, numbered in its own series (T10), walking OPEN → SENT → ACCEPTED → PAID or → REFUSED
 * ({@link SupplierClaimState}); a step the state does not allow → 409, nothing changes. While OPEN the
 * amount follows the ticket's booked cost; once sent it is what the supplier was asked for.
 */
@Entity
@Table(name = "supplier_claim")
@NamedQuery(name = "SupplierClaim.byNumber", query = "SELECT c FROM SupplierClaim c WHERE c.number = :number")
@NamedQuery(name = "SupplierClaim.ofTicket", query = "SELECT c FROM SupplierClaim c WHERE c.ticketNumber = :ticket")
public class SupplierClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_number", nullable = false, unique = true, updatable = false, length = 32)
    private String number;

    @Column(name = "ticket_number", nullable = false, unique = true, updatable = false, length = 32)
    private String ticketNumber;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    @Column(name = "supplier", nullable = false, length = 200)
    private String supplier;

    @Column(name = "model", length = 100)
    private String model;

    @Column(name = "serial_number", length = 64)
    private String serialNumber;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private SupplierClaimState state;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplier_claim_step", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderBy("stepNo")
    private List<SupplierClaimStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected SupplierClaim() {}

    /** B5: opens the claim of a ticket's free repair of a bought-in model. */
    public SupplierClaim(
            String number,
            String ticketNumber,
            String department,
            String supplier,
            String model,
            String serialNumber,
            BigDecimal amount,
            String by,
            Instant at) {
        this.number = Objects.requireNonNull(number, "The claim number is required.");
        this.ticketNumber = Objects.requireNonNull(ticketNumber, "The ticket is required.");
        this.department = Objects.requireNonNull(department, "The department is required.");
        if (supplier == null || supplier.isBlank()) {
            throw new RuleViolationException(FieldError.of("supplier", "validation.supplierRequired"));
        }
        this.supplier = supplier.strip();
        this.model = model;
        this.serialNumber = serialNumber;
        this.amount = Cents.orZero(amount);
        this.state = SupplierClaimState.OPEN;
        this.openedAt = Objects.requireNonNull(at);
        steps.add(new SupplierClaimStep(0, SupplierClaimState.OPEN, at, Objects.requireNonNull(by), null));
    }

    /** B5: an open claim follows the ticket's cost when it is booked again; a sent one keeps its amount. */
    public boolean follow(BigDecimal cost) {
        if (state != SupplierClaimState.OPEN) {
            return false;
        }
        amount = Cents.orZero(cost);
        return true;
    }

    /**
     * B5: the next step of the flow. A step the current state does not allow → 409 (nothing changes);
     * a refusal needs the supplier's reason (422).
     */
    public void moveTo(SupplierClaimState target, String note, String by, Instant at) {
        Objects.requireNonNull(target, "The target state is required.");
        if (!state.mayMoveTo(target)) {
            throw new ConflictException("error.supplierClaimStep", number, state.name(), target.name());
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (target == SupplierClaimState.REFUSED && text == null) {
            throw new RuleViolationException(FieldError.of("note", "validation.refusalReason"));
        }
        state = target;
        steps.add(new SupplierClaimStep(
                steps.size(), target, Objects.requireNonNull(at), Objects.requireNonNull(by), text));
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getDepartment() {
        return department;
    }

    public String getSupplier() {
        return supplier;
    }

    public String getModel() {
        return model;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public SupplierClaimState getState() {
        return state;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public List<SupplierClaimStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public long getVersion() {
        return version;
    }
}
