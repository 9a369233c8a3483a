package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.aftersales.domain.shared.ConflictException;

/**
 * P6: a stock-take (盘点) of a service point with its T10 number. When it starts, each line takes
 * the book quantity as it is then; the keepers enter what they counted; a manager other than the
 * one who submitted it approves the adjustments (counted − book), which then enter the ledger as
 * ADJUSTMENT_GAIN / ADJUSTMENT_LOSS lines under the stock-take's number, or rejects it for a
 * recount with a reason. Illegal changes throw {@link IllegalStateException}.
 * The lines ({@link StockTakeLine}) are many (a whole warehouse), so they are queried in pages and
 * not held in a collection here.
 */
@Entity
@NamedQuery(
        name = "StockTake.open",
        query = "SELECT t.number FROM StockTake t WHERE t.servicePoint = :servicePoint AND t.status IN :open")
@NamedQuery(name = "StockTake.byNumber", query = "SELECT t FROM StockTake t WHERE t.number = :number")
@Table(name = "stock_take")
public class StockTake {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "take_number", nullable = false, unique = true, updatable = false, length = 32)
    private String number;

    @Column(name = "service_point", nullable = false, updatable = false, length = 8)
    private String servicePoint;

    @Column(name = "note", updatable = false, length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private StockTakeStatus status = StockTakeStatus.COUNTING;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "started_by", nullable = false, updatable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The reason of the last rejection (kept while recounting), or of the cancellation. */
    @Column(name = "reason", length = 500)
    private String reason;

    protected StockTake() {}

    public StockTake(String number, String servicePoint, String note, String startedBy, Instant startedAt) {
        this.number = Objects.requireNonNull(number);
        this.servicePoint = Objects.requireNonNull(servicePoint);
        this.note = note;
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
    }

    /** A line for a part at its book quantity now; only while counting. */
    public StockTakeLine line(String partNumber, int bookQty) {
        requireStatus(StockTakeStatus.COUNTING);
        lineCount++;
        return new StockTakeLine(this, lineCount, partNumber, bookQty);
    }

    /** Counts are entered while counting only. */
    public void requireCounting() {
        requireStatus(StockTakeStatus.COUNTING);
    }

    /** P6: COUNTING → SUBMITTED, when every line has its count ({@code uncounted} lines left → refused). */
    public void submit(long uncounted, String by, Instant at) {
        requireStatus(StockTakeStatus.COUNTING);
        if (uncounted > 0) {
            throw new IllegalArgumentException(uncounted + " lines have no count");
        }
        status = StockTakeStatus.SUBMITTED;
        submittedBy = Objects.requireNonNull(by);
        submittedAt = Objects.requireNonNull(at);
    }

    /** P6: the adjustments are approved by someone other than who submitted the counts (four eyes). */
    public void approve(String by, Instant at) {
        requireStatus(StockTakeStatus.SUBMITTED);
        if (by.equals(submittedBy)) {
            throw new ConflictException("error.stockTakeSameApprover", number); // P6: four eyes
        }
        status = StockTakeStatus.APPROVED;
        decidedBy = by;
        decidedAt = Objects.requireNonNull(at);
    }

    /** P6: back to counting, with the reason (the counts stay to be corrected). */
    public void reject(String reason, String by, Instant at) {
        requireStatus(StockTakeStatus.SUBMITTED);
        this.reason = Objects.requireNonNull(reason);
        status = StockTakeStatus.COUNTING;
        decidedBy = by;
        decidedAt = Objects.requireNonNull(at);
        submittedBy = null;
        submittedAt = null;
    }

    /** Abandoned while counting: nothing is posted. */
    public void cancel(String reason, String by, Instant at) {
        requireStatus(StockTakeStatus.COUNTING);
        this.reason = Objects.requireNonNull(reason);
        status = StockTakeStatus.CANCELLED;
        decidedBy = by;
        decidedAt = Objects.requireNonNull(at);
    }

    private void requireStatus(StockTakeStatus expected) {
        if (status != expected) {
            throw new ConflictException("error.stockTakeStatus", number, status.name());
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public String getNote() {
        return note;
    }

    public StockTakeStatus getStatus() {
        return status;
    }

    public int getLineCount() {
        return lineCount;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }
}
