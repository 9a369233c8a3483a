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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftersales.domain.shared.ConflictException;

/**
 * P4: a technician's part request (备件申请) for a ticket at a service point. The warehouse decides:
 * REQUESTED → (APPROVED) → ISSUED (with the outbound slip's number) / TO_BUY / REJECTED (with a
 * reason); a TO_BUY request is issued once the parts are in. After the issue the technician records
 * what was used and the defective parts returned with their disposition. Illegal changes throw
 * {@link IllegalStateException}; bad quantities {@link IllegalArgumentException}.
 */
@Entity
@Table(name = "part_request")
public class PartRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = 32)
    private String ticketNumber;

    @Column(name = "service_point", nullable = false, updatable = false, length = 8)
    private String servicePoint;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "note", updatable = false, length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private PartRequestStatus status = PartRequestStatus.REQUESTED;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "slip_number", length = 32)
    private String slipNumber;

    @Column(name = "reject_reason", length = 500)
    private String rejectReason;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<PartRequestLine> lines = new ArrayList<>();

    protected PartRequest() {}

    public PartRequest(String ticketNumber, String servicePoint, String requestedBy, Instant requestedAt, String note) {
        this.ticketNumber = Objects.requireNonNull(ticketNumber, "A part request is for a ticket.");
        this.servicePoint = Objects.requireNonNull(servicePoint, "A part request names the service point.");
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.note = note;
    }

    public PartRequest line(String partNumber, int quantity) {
        lines.add(new PartRequestLine(this, lines.size() + 1, partNumber, quantity));
        return this;
    }

    /** P4: the warehouse agrees; the parts still have to be issued or bought. */
    public void approve(String by, Instant at) {
        require(status == PartRequestStatus.REQUESTED);
        decide(PartRequestStatus.APPROVED, by, at);
    }

    /** P4: issued from stock on the outbound slip {@code slip}: every line in its requested quantity. */
    public void issued(String slip, String by, Instant at) {
        require(status.open());
        this.slipNumber = Objects.requireNonNull(slip);
        lines.forEach(PartRequestLine::issue);
        decide(PartRequestStatus.ISSUED, by, at);
    }

    /** P4: not in stock — to buy; {@code partNumbers} names the lines (empty: all of them). */
    public void toBuy(List<String> partNumbers, String by, Instant at) {
        require(status == PartRequestStatus.REQUESTED || status == PartRequestStatus.APPROVED);
        for (PartRequestLine line : lines) {
            if (partNumbers == null || partNumbers.isEmpty() || partNumbers.contains(line.getPartNumber())) {
                line.markToBuy();
            }
        }
        decide(PartRequestStatus.TO_BUY, by, at);
    }

    /** P4: refused, with the reason. */
    public void reject(String reason, String by, Instant at) {
        require(status.open());
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection gives its reason.");
        }
        this.rejectReason = reason.strip();
        decide(PartRequestStatus.REJECTED, by, at);
    }

    /**
     * P4: what the technician used of an issued part and how many defective parts were taken out and
     * returned (at most the used quantity), with their disposition when there are any.
     */
    public void usage(String partNumber, int used, int defective, DefectiveDisposition disposition) {
        require(status == PartRequestStatus.ISSUED);
        PartRequestLine line = lines.stream()
                .filter(l -> l.getPartNumber().equals(partNumber))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No line for part " + partNumber));
        if (used < 0 || used > line.getIssued()) {
            throw new IllegalArgumentException("Used is between 0 and the issued " + line.getIssued());
        }
        if (defective < 0 || defective > used) {
            throw new IllegalArgumentException("Defective returned is between 0 and the used " + used);
        }
        if (defective > 0 && disposition == null) {
            throw new IllegalArgumentException("A defective return names its disposition.");
        }
        line.use(used, defective, disposition);
    }

    private void decide(PartRequestStatus next, String by, Instant at) {
        this.status = next;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new ConflictException("error.partRequestStatus", id, status.name()); // P4
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getNote() {
        return note;
    }

    public PartRequestStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getSlipNumber() {
        return slipNumber;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public List<PartRequestLine> getLines() {
        return List.copyOf(lines);
    }
}
