package org.aftersales.domain.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P2, P3, P6: average cost, issue, receiving discrepancies and transfer conservation, table-driven. */
class StockRulesTest {

    @ParameterizedTest(name = "{0} at {1} + {2} at {3} → {4}")
    @CsvSource({
        // P6: (onHand × avg + qty × price) / (onHand + qty), four decimals
        "0,  0.0000,   8,  800.00, 800.0000",
        "8,  800.0000, 2,  900.00, 820.0000",
        "10, 100.0000, 5,  130.00, 110.0000",
        "1,  10.0000,  2,  10.01,  10.0067",
        "3,  1.0000,   0,  5.00,   1.0000",
        "0,  123.4567, 3,  10.00,  10.0000",
    })
    void movingWeightedAverageOnReceipt(int onHand, String average, int quantity, String price, String expected) {
        assertEquals(
                new BigDecimal(expected),
                StockRules.averageAfterReceipt(onHand, new BigDecimal(average), quantity, new BigDecimal(price)));
    }

    @ParameterizedTest(name = "{1} of {0} on hand → {2}")
    @CsvSource({"5, 1, 4", "5, 5, 0", "1, 1, 0"})
    void issueTakesFromTheStock(int onHand, int quantity, int left) {
        assertEquals(left, StockRules.afterIssue("YSJ-001", onHand, quantity));
    }

    @ParameterizedTest(name = "{1} of {0} on hand is refused")
    @CsvSource({"0, 1", "4, 5", "1, 2"})
    void stockNeverGoesNegative(int onHand, int quantity) { // P6
        InsufficientStockException e = assertThrows(
                InsufficientStockException.class, () -> StockRules.afterIssue("YSJ-001", onHand, quantity));
        assertEquals(onHand, e.onHand());
        assertEquals(quantity, e.wanted());
    }

    @Test
    void issueIsAtTheCurrentAverageAndLeavesItUnchanged() {
        StockLevel level = new StockLevel("BJ", "YSJ-001");
        level.receive(MovementType.RECEIPT, 8, new BigDecimal("800.00"), "YX-26-11-01", Instant.EPOCH, "k");
        level.receive(MovementType.RECEIPT, 2, new BigDecimal("900.00"), "YX-26-11-02", Instant.EPOCH, "k");
        StockMovement issue = level.take(MovementType.ISSUE, 3, "YX-26-11-03", Instant.EPOCH, "k");
        assertEquals(new BigDecimal("820.0000"), issue.getUnitCost());
        assertEquals(new BigDecimal("2460.00"), issue.getValue());
        assertEquals(-3, issue.delta());
        assertEquals(7, level.getOnHand());
        assertEquals(7, issue.getOnHandAfter());
        assertEquals(new BigDecimal("820.0000"), level.getAverageCost());
        assertThrows(
                InsufficientStockException.class,
                () -> level.take(MovementType.ISSUE, 8, "YX-26-11-04", Instant.EPOCH, "k"));
        assertEquals(7, level.getOnHand(), "a refused issue changes nothing");
    }

    @ParameterizedTest(name = "invoiced {0}, counted {1} → surplus {2}, shortage {3}")
    @CsvSource({
        // P2: only the counted quantity enters the stock; the register keeps the difference
        "10, 8,  0, 2, true",
        "10, 10, 0, 0, false",
        "5,  7,  2, 0, true",
        "3,  0,  0, 3, true",
    })
    void receivingDiscrepancyIsInvoicedAgainstCounted(
            int invoiced, int counted, int surplus, int shortage, boolean discrepant) {
        StockRules.ReceivingCheck check = StockRules.check(invoiced, counted);
        assertEquals(surplus, check.surplus());
        assertEquals(shortage, check.shortage());
        assertEquals(discrepant, check.discrepant());
        assertEquals(counted, check.counted());
    }

    @ParameterizedTest(name = "sent {0}, received {1} → difference {2}")
    @CsvSource({"5, 5, 0", "5, 3, 2", "1, 0, 1"})
    void transferConservesTheQuantitySent(int sent, int received, int difference) { // P3
        StockRules.TransferBalance balance = StockRules.transfer(sent, received);
        assertEquals(difference, balance.difference());
        assertTrue(balance.conserved());
    }

    @ParameterizedTest
    @CsvSource({"5, 6", "5, -1", "0, 0"})
    void transferCannotReceiveMoreThanSent(int sent, int received) {
        assertThrows(RuleViolationException.class, () -> StockRules.transfer(sent, received));
    }

    @ParameterizedTest(name = "min {0}: {1} → {2} tells {3}")
    @CsvSource({
        "3,  5, 2, true",
        "3,  3, 2, true",
        "3,  2, 1, false",
        "3,  5, 3, false",
        ",  5, 0, false",
    })
    void fallingBelowTheMinimumIsToldOnce(Integer minimum, int before, int after, boolean told) { // P6
        assertEquals(told, StockRules.fallsBelowMinimum(minimum, before, after));
    }

    @Test
    void limitsKeepTheMaximumAboveTheMinimum() {
        StockLevel level = new StockLevel("BJ", "YSJ-001");
        level.limit(2, 10);
        assertTrue(level.belowMinimum());
        assertThrows(IllegalArgumentException.class, () -> level.limit(5, 4));
        assertThrows(IllegalArgumentException.class, () -> level.limit(-1, null));
        level.limit(null, null);
        assertFalse(level.belowMinimum());
    }
}
