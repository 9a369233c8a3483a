package org.aftersales.domain.parts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * P6: one line of the monthly stock-movement report (进销存) — a part at a service point: opening,
 * receipts (receipts, transfers in, returns, gains), issues (issues, transfers out, sales, losses) and of
 * them the sales (销货), closing,
 * in quantity and value. Added up from the ledger only, so closing = opening + receipts − issues
 * always holds, and the closing quantity is what the level says at the end of the month.
 */
public record StockReportLine(
        String servicePoint,
        String partNumber,
        int openingQty,
        BigDecimal openingValue,
        int receiptsQty,
        BigDecimal receiptsValue,
        int issuesQty,
        BigDecimal issuesValue,
        int salesQty,
        BigDecimal salesValue) {

    public StockReportLine {
        Objects.requireNonNull(servicePoint);
        Objects.requireNonNull(partNumber);
        openingValue = scaled(openingValue);
        receiptsValue = scaled(receiptsValue);
        issuesValue = scaled(issuesValue);
        salesValue = scaled(salesValue);
    }

    public static StockReportLine empty(String servicePoint, String partNumber) {
        return new StockReportLine(servicePoint, partNumber, 0, null, 0, null, 0, null, 0, null);
    }

    /** Adds ledger lines of one type: before the month they go to the opening, in it to receipts or issues. */
    public StockReportLine add(MovementType type, boolean beforeMonth, long quantity, BigDecimal value) {
        int q = Math.toIntExact(quantity);
        BigDecimal v = scaled(value);
        if (beforeMonth) {
            return type.sign() > 0
                    ? new StockReportLine(
                            servicePoint,
                            partNumber,
                            openingQty + q,
                            openingValue.add(v),
                            receiptsQty,
                            receiptsValue,
                            issuesQty,
                            issuesValue,
                            salesQty,
                            salesValue)
                    : new StockReportLine(
                            servicePoint,
                            partNumber,
                            openingQty - q,
                            openingValue.subtract(v),
                            receiptsQty,
                            receiptsValue,
                            issuesQty,
                            issuesValue,
                            salesQty,
                            salesValue);
        }
        boolean sale = type == MovementType.SALE; // P5: of the issues, those sold (销货, the paper's own column)
        return type.sign() > 0
                ? new StockReportLine(
                        servicePoint,
                        partNumber,
                        openingQty,
                        openingValue,
                        receiptsQty + q,
                        receiptsValue.add(v),
                        issuesQty,
                        issuesValue,
                        salesQty,
                        salesValue)
                : new StockReportLine(
                        servicePoint,
                        partNumber,
                        openingQty,
                        openingValue,
                        receiptsQty,
                        receiptsValue,
                        issuesQty + q,
                        issuesValue.add(v),
                        sale ? salesQty + q : salesQty,
                        sale ? salesValue.add(v) : salesValue);
    }

    public int closingQty() {
        return openingQty + receiptsQty - issuesQty;
    }

    public BigDecimal closingValue() {
        return openingValue.add(receiptsValue).subtract(issuesValue);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value)
                .setScale(StockRules.MONEY_SCALE, java.math.RoundingMode.HALF_UP);
    }
}
