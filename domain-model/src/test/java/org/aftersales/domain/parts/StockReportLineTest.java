package org.aftersales.domain.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P6: the monthly report (进销存) adds up to the ledger: closing = opening + receipts − issues = the level. */
class StockReportLineTest {

    @Test
    void closingIsOpeningPlusReceiptsMinusIssuesAndEqualsTheLevel() {
        StockLevel level = new StockLevel("BJ", "YSJ-001");
        List<StockMovement> before = new ArrayList<>();
        List<StockMovement> during = new ArrayList<>();
        before.add(level.receive(MovementType.RECEIPT, 8, new BigDecimal("800.00"), "A", Instant.EPOCH, "k"));
        before.add(level.take(MovementType.ISSUE, 3, "B", Instant.EPOCH, "k"));
        during.add(level.receive(MovementType.RECEIPT, 5, new BigDecimal("700.00"), "C", Instant.EPOCH, "k"));
        during.add(level.take(MovementType.TRANSFER_OUT, 4, "D", Instant.EPOCH, "k"));
        during.add(level.receive(MovementType.TRANSFER_IN, 1, new BigDecimal("650.00"), "E", Instant.EPOCH, "k"));
        StockReportLine line = StockReportLine.empty("BJ", "YSJ-001");
        for (StockMovement m : before) {
            line = line.add(m.getType(), true, m.getQuantity(), m.getValue());
        }
        for (StockMovement m : during) {
            line = line.add(m.getType(), false, m.getQuantity(), m.getValue());
        }
        assertEquals(5, line.openingQty());
        assertEquals(new BigDecimal("4000.00"), line.openingValue());
        assertEquals(6, line.receiptsQty());
        assertEquals(new BigDecimal("4150.00"), line.receiptsValue());
        assertEquals(4, line.issuesQty());
        assertEquals(new BigDecimal("3000.00"), line.issuesValue(), "4 × 750.00, the average after the receipt");
        assertEquals(level.getOnHand(), line.closingQty());
        assertEquals(new BigDecimal("5150.00"), line.closingValue());
        assertEquals(
                line.closingValue().setScale(0, java.math.RoundingMode.HALF_UP),
                level.getAverageCost()
                        .multiply(BigDecimal.valueOf(level.getOnHand()))
                        .setScale(0, java.math.RoundingMode.HALF_UP),
                "the ledger's value is the level's value, to rounding");
    }

    @Test
    void salesAreIssuesAndShownApartAdjustmentsMoveTheStockLikeReceiptsAndIssues() { // P5, P6
        StockLevel level = new StockLevel("BJ", "YSJ-001");
        StockReportLine line = StockReportLine.empty("BJ", "YSJ-001");
        StockMovement[] before = {
            level.receive(MovementType.RECEIPT, 10, new BigDecimal("100.00"), "A", Instant.EPOCH, "k"),
            level.take(MovementType.SALE, 1, "S0", Instant.EPOCH, "k")
        };
        for (StockMovement m : before) {
            line = line.add(m.getType(), true, m.getQuantity(), m.getValue());
        }
        StockMovement[] during = {
            level.take(MovementType.SALE, 2, "S1", Instant.EPOCH, "k"),
            level.adjust(-1, null, "T1", Instant.EPOCH, "m"),
            level.adjust(3, null, "T1", Instant.EPOCH, "m"),
            level.take(MovementType.ISSUE, 1, "I1", Instant.EPOCH, "k")
        };
        for (StockMovement m : during) {
            line = line.add(m.getType(), false, m.getQuantity(), m.getValue());
        }
        assertEquals(9, line.openingQty(), "a sale before the month is in the opening, not in the sales");
        assertEquals(3, line.receiptsQty(), "the gain");
        assertEquals(4, line.issuesQty(), "2 sold + 1 lost + 1 issued");
        assertEquals(2, line.salesQty());
        assertEquals(new BigDecimal("200.00"), line.salesValue());
        assertEquals(level.getOnHand(), line.closingQty());
        assertEquals(new BigDecimal("800.00"), line.closingValue());
    }
}
