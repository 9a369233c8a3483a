package org.aftersales.domain.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.aftersales.domain.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P6: stock-take — differences, the approval with four eyes, the adjustments posted to a level, table-driven. */
class StockTakeTest {

    private static final Instant T = Instant.parse("2026-11-27T02:00:00Z");

    private static StockTake take() {
        return new StockTake("YX261101", "BJ", null, "keeper", T);
    }

    @ParameterizedTest(name = "book {0}, counted {1} → difference {2}")
    @CsvSource({"5, 5, 0", "5, 3, -2", "0, 4, 4", "7, 0, -7"})
    void differenceIsCountedMinusBook(int book, int counted, int difference) {
        StockTakeLine line = take().line("YSJ-001", book);
        assertEquals(0, line.difference(), "not counted yet: no difference");
        line.count(counted, "keeper");
        assertEquals(difference, line.difference());
    }

    @Test
    void submitNeedsEveryLineCounted() {
        StockTake take = take();
        assertThrows(IllegalArgumentException.class, () -> take.submit(2, "keeper", T));
        assertEquals(StockTakeStatus.COUNTING, take.getStatus());
        take.submit(0, "keeper", T);
        assertEquals(StockTakeStatus.SUBMITTED, take.getStatus());
    }

    @Test
    void theSubmitterCannotApprove() { // P6: approved adjustments — by someone else
        StockTake take = take();
        take.submit(0, "manager1", T);
        assertEquals(
                "error.stockTakeSameApprover",
                assertThrows(ConflictException.class, () -> take.approve("manager1", T))
                        .messageKey());
        assertEquals(StockTakeStatus.SUBMITTED, take.getStatus());
        take.approve("manager2", T);
        assertEquals(StockTakeStatus.APPROVED, take.getStatus());
        assertEquals("manager2", take.getDecidedBy());
    }

    @Test
    void rejectedGoesBackToCountingAndCountsCanBeCorrected() {
        StockTake take = take();
        StockTakeLine line = take.line("YSJ-001", 5);
        line.count(1, "keeper");
        take.submit(0, "keeper", T);
        assertThrows(ConflictException.class, () -> line.count(2, "keeper"), "no counting once submitted");
        take.reject("请复盘 YSJ-001", "manager", T);
        assertEquals(StockTakeStatus.COUNTING, take.getStatus());
        assertNull(take.getSubmittedBy());
        line.count(5, "keeper");
        assertEquals(0, line.difference());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "COUNTING,  approve",
        "COUNTING,  reject",
        "SUBMITTED, cancel",
        "SUBMITTED, submit",
        "APPROVED,  approve",
        "APPROVED,  reject",
        "APPROVED,  cancel",
        "APPROVED,  line",
        "CANCELLED, submit",
        "CANCELLED, line",
    })
    void illegalChangesAreRefused(StockTakeStatus status, String change) {
        StockTake take = take();
        switch (status) {
            case SUBMITTED -> take.submit(0, "a", T);
            case APPROVED -> {
                take.submit(0, "a", T);
                take.approve("b", T);
            }
            case CANCELLED -> take.cancel("wrong service point", "a", T);
            default -> {}
        }
        Runnable action = switch (change) {
            case "approve" -> () -> take.approve("c", T);
            case "reject" -> () -> take.reject("x", "c", T);
            case "cancel" -> () -> take.cancel("x", "c", T);
            case "submit" -> () -> take.submit(0, "c", T);
            default -> () -> take.line("YSJ-002", 1);
        };
        assertThrows(ConflictException.class, action::run);
        assertEquals(status, take.getStatus());
    }

    @ParameterizedTest(name = "{0} on hand at {1}, adjust {2} → {3} at {4}, ledger {5} {6} worth {7}")
    @CsvSource({
        // gain: at the average cost; loss: at the average cost; a part without cost: at the catalogue price
        "10, 100.00, 2,  12, 100.0000, ADJUSTMENT_GAIN, 2, 200.00",
        "10, 100.00, -3, 7,  100.0000, ADJUSTMENT_LOSS, 3, 300.00",
        "0,  0,      4,  4,  55.0000,  ADJUSTMENT_GAIN, 4, 220.00",
        "3,  12.50,  -3, 0,  12.5000,  ADJUSTMENT_LOSS, 3, 37.50",
    })
    void adjustmentsMoveTheLevelThroughTheLedger(
            int onHand,
            String cost,
            int difference,
            int after,
            String averageAfter,
            MovementType type,
            int quantity,
            String value) {
        StockLevel level = new StockLevel("BJ", "YSJ-001");
        if (onHand > 0) {
            level.receive(MovementType.RECEIPT, onHand, new BigDecimal(cost), "R1", T, "keeper");
        }
        StockMovement m = level.adjust(difference, new BigDecimal("55.00"), "YX261101", T, "manager");
        assertEquals(after, level.getOnHand());
        assertEquals(new BigDecimal(averageAfter), level.getAverageCost());
        assertEquals(type, m.getType());
        assertEquals(quantity, m.getQuantity());
        assertEquals(new BigDecimal(value), m.getValue());
        assertEquals(after, m.getOnHandAfter());
    }

    @Test
    void aLossLargerThanTheStockIsRefused() { // P6: stock never goes negative
        StockLevel level = new StockLevel("BJ", "YSJ-001");
        level.receive(MovementType.RECEIPT, 2, BigDecimal.TEN, "R1", T, "keeper");
        assertThrows(InsufficientStockException.class, () -> level.adjust(-3, null, "YX261101", T, "manager"));
        assertEquals(2, level.getOnHand());
        assertNull(level.adjust(0, null, "YX261101", T, "manager"), "no difference, no ledger line");
    }
}
