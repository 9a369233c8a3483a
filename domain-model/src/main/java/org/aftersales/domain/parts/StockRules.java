package org.aftersales.domain.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * P2, P3, P6: the pure arithmetic of the stock ledger. Costs are kept with four decimals and shown
 * with two; values (quantity × cost) are money with two decimals.
 */
public final class StockRules {

    /** Internal scale of unit costs. */
    public static final int COST_SCALE = 4;
    /** Scale of money shown and of movement values. */
    public static final int MONEY_SCALE = 2;

    private StockRules() {}

    /**
     * P6: moving weighted average cost after a receipt:
     * {@code (onHand × average + quantity × price) / (onHand + quantity)}, four decimals, half up.
     * Receiving nothing leaves the average as it is.
     */
    public static BigDecimal averageAfterReceipt(int onHand, BigDecimal average, int quantity, BigDecimal price) {
        Objects.requireNonNull(average, "The average cost is required.");
        Objects.requireNonNull(price, "The unit price is required.");
        if (onHand < 0 || quantity < 0) {
            throw new IllegalArgumentException("Quantities cannot be negative");
        }
        if (price.signum() < 0) {
            throw new IllegalArgumentException("A price cannot be negative");
        }
        if (quantity == 0) {
            return average.setScale(COST_SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal total =
                average.multiply(BigDecimal.valueOf(onHand)).add(price.multiply(BigDecimal.valueOf(quantity)));
        return total.divide(BigDecimal.valueOf((long) onHand + quantity), COST_SCALE, RoundingMode.HALF_UP);
    }

    /** P6: stock never goes negative — the quantity left after taking {@code quantity}, or an exception. */
    public static int afterIssue(String partNumber, int onHand, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("An issue takes at least one unit");
        }
        if (quantity > onHand) {
            throw new InsufficientStockException(partNumber, onHand, quantity);
        }
        return onHand - quantity;
    }

    /** The money value of a movement: quantity × unit cost, two decimals. */
    public static BigDecimal value(int quantity, BigDecimal unitCost) {
        return unitCost.multiply(BigDecimal.valueOf(quantity)).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /** P6: a level crosses below its minimum with this movement (told once, not on every later issue). */
    public static boolean fallsBelowMinimum(Integer minimum, int before, int after) {
        return minimum != null && after < minimum && before >= minimum;
    }

    /** P2: the receiving check of one line — invoiced against counted. */
    public static ReceivingCheck check(int invoiced, int counted) {
        if (invoiced < 0 || counted < 0) {
            throw new IllegalArgumentException("Quantities cannot be negative");
        }
        return new ReceivingCheck(invoiced, counted, Math.max(0, counted - invoiced), Math.max(0, invoiced - counted));
    }

    /**
     * P2: only counted quantities enter stock; the difference to the invoice is a surplus or a
     * shortage for the receiving-discrepancy register (进货验收差错登记簿).
     */
    public record ReceivingCheck(int invoiced, int counted, int surplus, int shortage) {
        public boolean discrepant() {
            return surplus != 0 || shortage != 0;
        }
    }

    /**
     * P3: the transfer slip (调拨单) — quantity sent and quantity actually received; the difference
     * is recorded, so sent = received + difference always holds.
     */
    public static TransferBalance transfer(int sent, int received) {
        if (sent <= 0) {
            throw new RuleViolationException(FieldError.of("qty", "validation.positive"));
        }
        if (received < 0 || received > sent) {
            throw new RuleViolationException(FieldError.of("receivedQty", "validation.receivedQty", sent));
        }
        return new TransferBalance(sent, received, sent - received);
    }

    public record TransferBalance(int sent, int received, int difference) {
        public boolean conserved() {
            return sent == received + difference;
        }
    }
}
