package org.aftersales.parts.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.aftersales.domain.parts.StockTake;
import org.aftersales.domain.parts.StockTakeLine;
import org.aftersales.domain.parts.StockTakeStatus;
import org.aftersales.parts.control.Checks.KnownServicePoint;
import org.aftersales.parts.control.Checks.PartLine;
import org.aftersales.parts.control.Checks.Quantity;

/** What the stock-takes (P6) take and give. */
public final class StockTakeViews {

    /** The most counts entered at once. */
    public static final int MAX_COUNTS = 500;

    private StockTakeViews() {}

    /** P6: a stock-take of a service point; {@code partPrefix} limits it to part numbers starting so (a cycle count). */
    public record NewStockTake(
            @NotBlank @KnownServicePoint String servicePoint,
            @Size(max = 40) String partPrefix,
            @Size(max = 500) String note)
            implements Serializable {}

    /**
     * P6: a count (issue 10.7: bounded before the difference is computed); {@code version}
     * (optional) is the line's as last read: someone else's count since → 409.
     */
    public record Count(
            @NotBlank String partNumber, @NotNull @Quantity Integer counted, Long version)
            implements Serializable, PartLine {}

    public record StockTakeView(
            long id,
            String number,
            String servicePoint,
            String note,
            StockTakeStatus status,
            int lineCount,
            long counted,
            long differences,
            String startedBy,
            Instant startedAt,
            String submittedBy,
            Instant submittedAt,
            String decidedBy,
            Instant decidedAt,
            String reason,
            long version)
            implements Serializable {
        static StockTakeView of(StockTake t, long counted, long differences) {
            return new StockTakeView(
                    t.getId(),
                    t.getNumber(),
                    t.getServicePoint(),
                    t.getNote(),
                    t.getStatus(),
                    t.getLineCount(),
                    counted,
                    differences,
                    t.getStartedBy(),
                    t.getStartedAt(),
                    t.getSubmittedBy(),
                    t.getSubmittedAt(),
                    t.getDecidedBy(),
                    t.getDecidedAt(),
                    t.getReason(),
                    t.getVersion());
        }
    }

    public record LineView(
            int lineNo,
            String partNumber,
            int bookQty,
            Integer countedQty,
            int difference,
            String countedBy,
            Integer adjustmentQty,
            BigDecimal unitCost,
            BigDecimal adjustmentValue,
            long version)
            implements Serializable {
        static LineView of(StockTakeLine l) {
            return new LineView(
                    l.getLineNo(),
                    l.getPartNumber(),
                    l.getBookQty(),
                    l.getCountedQty(),
                    l.difference(),
                    l.getCountedBy(),
                    l.getAdjustmentQty(),
                    l.getUnitCost(),
                    l.adjustmentValue(),
                    l.getVersion());
        }
    }
}
