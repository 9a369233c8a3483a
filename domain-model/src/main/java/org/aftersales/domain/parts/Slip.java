package org.aftersales.domain.parts;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * P2, P3: a warehouse slip — inbound (入库单), outbound (出库单) or transfer (调拨单) — with its T10
 * number and its lines. Written once, when the stock moves; never changed afterwards.
 */
@Entity
@NamedQuery(name = "Slip.byNumber", query = "SELECT s FROM Slip s WHERE s.number = :number")
@Table(name = "stock_slip")
public class Slip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slip_number", nullable = false, unique = true, updatable = false, length = 32)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 10)
    private SlipKind kind;

    @Column(name = "service_point", nullable = false, updatable = false, length = 8)
    private String servicePoint;

    /** TRANSFER: the receiving unit. */
    @Column(name = "to_service_point", updatable = false, length = 8)
    private String toServicePoint;

    /** INBOUND: who delivered. */
    @Column(name = "supplier", updatable = false, length = 200)
    private String supplier;

    /** OUTBOUND: the ticket the parts are for. */
    @Column(name = "ticket_number", updatable = false, length = 32)
    private String ticketNumber;

    /** OUTBOUND: the technician (or customer) who took the parts. */
    @Column(name = "recipient", updatable = false, length = 100)
    private String recipient;

    @Column(name = "note", updatable = false, length = 500)
    private String note;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 64)
    private String issuedBy;

    @OneToMany(mappedBy = "slip", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<SlipLine> lines = new ArrayList<>();

    protected Slip() {}

    public Slip(String number, SlipKind kind, String servicePoint, Instant issuedAt, String issuedBy) {
        this.number = Objects.requireNonNull(number);
        this.kind = Objects.requireNonNull(kind);
        this.servicePoint = Objects.requireNonNull(servicePoint);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.issuedBy = Objects.requireNonNull(issuedBy);
    }

    public Slip from(String supplier) {
        this.supplier = supplier;
        return this;
    }

    public Slip forTicket(String ticketNumber, String recipient) {
        this.ticketNumber = ticketNumber;
        this.recipient = recipient;
        return this;
    }

    public Slip to(String toServicePoint) {
        this.toServicePoint = toServicePoint;
        return this;
    }

    public Slip note(String note) {
        this.note = note;
        return this;
    }

    /** Adds a line: the quantity that moved, its unit price or cost, and for receipts and transfers the other count. */
    public SlipLine addLine(
            String partNumber, int quantity, BigDecimal unitPrice, Integer invoicedQty, Integer receivedQty) {
        SlipLine line = new SlipLine(this, lines.size() + 1, partNumber, quantity, unitPrice, invoicedQty, receivedQty);
        lines.add(line);
        return line;
    }

    public BigDecimal total() {
        return lines.stream().map(SlipLine::getAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public SlipKind getKind() {
        return kind;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public String getToServicePoint() {
        return toServicePoint;
    }

    public String getSupplier() {
        return supplier;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getNote() {
        return note;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public List<SlipLine> getLines() {
        return List.copyOf(lines);
    }
}
