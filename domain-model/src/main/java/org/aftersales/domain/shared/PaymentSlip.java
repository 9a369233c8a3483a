package org.aftersales.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * P5, 10.3: the payment slip (缴款单, T10 number JK; three copies: 收款员存根, 财会室, 营业单位) on which cash
 * taken in — the parts counter's sales, a technician's payments on site — is handed to the finance
 * office: the unit it comes from, how many items and their total, who paid it in (交款员) and to which
 * cashier (收款员); finance then confirms the receipt. One implementation for every context that takes
 * cash. Invariants: a slip covers at least one item and every item once ({@link #settle}); the receipt
 * is confirmed once, never by whoever paid the money in (four eyes on cash, issue 10.6).
 */
@MappedSuperclass
public abstract class PaymentSlip {

    /** How many items a new slip covers and their total. */
    public record Totals(int count, BigDecimal total) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "slip_number", nullable = false, unique = true, updatable = false, length = 32)
    private String number;

    /** The service point or department the money comes from. */
    @Column(name = "service_point", nullable = false, updatable = false, length = 8)
    private String unit;

    @Column(name = "sales_count", nullable = false, updatable = false)
    private int itemCount;

    @Column(name = "total", nullable = false, updatable = false, precision = 16, scale = 2)
    private BigDecimal total;

    /** 交款员. */
    @Column(name = "paid_in_by", nullable = false, updatable = false, length = 64)
    private String paidInBy;

    /** 收款员 of the finance office. */
    @Column(name = "cashier", nullable = false, updatable = false, length = 64)
    private String cashier;

    @Column(name = "settled_at", nullable = false, updatable = false)
    private Instant settledAt;

    @Column(name = "received_by", length = 64)
    private String receivedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    /** 10.3: the cash the cashier actually counted when confirming the receipt (长短款 against the total). */
    @Column(name = "counted", precision = 16, scale = 2)
    private BigDecimal counted;

    protected PaymentSlip() {}

    protected PaymentSlip(
            String number,
            String unit,
            int itemCount,
            BigDecimal total,
            String paidInBy,
            String cashier,
            Instant settledAt) {
        if (itemCount <= 0) {
            throw new IllegalArgumentException("A payment slip covers at least one item");
        }
        this.number = Objects.requireNonNull(number);
        this.unit = Objects.requireNonNull(unit);
        this.itemCount = itemCount;
        this.total = Objects.requireNonNull(total).setScale(2, RoundingMode.HALF_UP);
        this.paidInBy = Objects.requireNonNull(paidInBy);
        this.cashier = Objects.requireNonNull(cashier);
        this.settledAt = Objects.requireNonNull(settledAt);
    }

    /**
     * P5, 10.3: the slip of the items not yet handed in (those settled meanwhile are left out), made
     * by {@code slip} from their count and total, and every item marked with its number. Nothing left
     * → 409 with {@code nothingKey} naming {@code unit}.
     */
    public static <S extends PaymentSlip> S settle(
            List<? extends CashItem> items, String unit, String nothingKey, BiFunction<Totals, String, S> slip) {
        List<? extends CashItem> open = items.stream().filter(i -> !i.settled()).toList();
        if (open.isEmpty()) {
            throw new ConflictException(nothingKey, unit);
        }
        BigDecimal total = open.stream().map(CashItem::cashAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        S s = slip.apply(new Totals(open.size(), total), unit);
        open.forEach(i -> i.settle(s.getNumber()));
        return s;
    }

    /**
     * P5, 10.3: finance confirms it received the money; once, and never by the person who paid it in
     * (four eyes on cash, issue 10.6).
     */
    public void received(String by, Instant at) {
        received(by, at, null);
    }

    /**
     * 10.3: as {@link #received(String, Instant)}, with the cash the cashier counted ({@code null}: the
     * total, nothing over or short); its difference to the total is the over/short cash (长款 +, 短款 −).
     * A negative count → 422 on {@code counted}.
     */
    public void received(String by, Instant at, BigDecimal counted) {
        if (counted != null && counted.signum() < 0) {
            throw new RuleViolationException(FieldError.of("counted", "validation.positive"));
        }
        if (receivedAt != null) {
            throw new ConflictException("error.settlementReceived", number);
        }
        if (paidInBy.equals(by)) {
            throw new ConflictException("error.settlementSamePerson", number);
        }
        receivedBy = Objects.requireNonNull(by);
        receivedAt = Objects.requireNonNull(at);
        this.counted = (counted == null ? total : counted).setScale(2, RoundingMode.HALF_UP);
    }

    /** The cash counted on receipt; null while the receipt is not confirmed. */
    public BigDecimal getCounted() {
        return receivedAt == null ? null : counted == null ? total : counted;
    }

    /** 长短款: counted − total (over +, short −); null while the receipt is not confirmed. */
    public BigDecimal getOverShort() {
        BigDecimal c = getCounted();
        return c == null ? null : c.subtract(total);
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

    /** The service point or department the money comes from. */
    public String getUnit() {
        return unit;
    }

    public int getItemCount() {
        return itemCount;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getPaidInBy() {
        return paidInBy;
    }

    public String getCashier() {
        return cashier;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
