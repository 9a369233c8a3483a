package org.aftersales.web.parts.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.parts.boundary.StockViews.DiscrepancyView;
import org.aftersales.parts.boundary.StockViews.SlipLineView;
import org.aftersales.parts.boundary.StockViews.SlipView;
import org.aftersales.parts.boundary.StockViews.StockView;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.MoneyText;

/**
 * The JSON of {@code /stock} (../shared/API.md, "Parts and stock"): API.md's fields, then additions.
 * Issues, transfers and limits are read straight into the boundary's requests ({@code StockViews});
 * their rules are checked there, once (issue 11.1).
 */
public final class StockDtos {

    private StockDtos() {}

    /** P2: as {@code StockViews.ReceiptRequest}, the unit price a money string ("12.50"). */
    public record NewReceipt(String servicePoint, String supplier, String note, List<ReceiptLine> lines) {}

    public record ReceiptLine(String partNumber, Integer invoicedQty, Integer countedQty, String unitPrice) {}

    @JsonbNillable
    public record SlipLine(
            int lineNo,
            String partNumber,
            int qty,
            Integer invoicedQty,
            Integer countedQty,
            Integer receivedQty,
            Integer difference,
            String unitPrice,
            String amount,
            String receivedAmount) {
        static SlipLine of(SlipLineView l, boolean inbound) {
            return new SlipLine(
                    l.lineNo(),
                    l.partNumber(),
                    l.quantity(),
                    l.invoicedQty(),
                    inbound ? Integer.valueOf(l.quantity()) : null,
                    l.receivedQty(),
                    l.difference(),
                    MoneyText.format(l.unitPrice()),
                    MoneyText.format(l.amount()),
                    MoneyText.format(l.receivedAmount()));
        }
    }

    @JsonbNillable
    public record Discrepancy(
            String partNumber,
            int shortage,
            int surplus,
            int invoicedQty,
            int countedQty,
            String unitPrice,
            String supplier,
            String handler,
            long id,
            String slipNumber,
            String servicePoint,
            String resolution,
            String recordedAt,
            String resolvedAt) {
        static Discrepancy of(DiscrepancyView d, ZoneId zone) {
            return new Discrepancy(
                    d.partNumber(),
                    d.shortage(),
                    d.surplus(),
                    d.invoicedQty(),
                    d.countedQty(),
                    MoneyText.format(d.unitPrice()),
                    d.supplier(),
                    d.handler(),
                    d.id(),
                    d.slipNumber(),
                    d.servicePoint(),
                    d.resolution(),
                    ApiTime.format(d.recordedAt(), zone),
                    ApiTime.format(d.resolvedAt(), zone));
        }
    }

    public record Resolution(String resolution) {}

    /** A slip: inbound (入库单), outbound (出库单) or transfer (调拨单). */
    @JsonbNillable
    public record Slip(
            String number,
            String kind,
            String servicePoint,
            String toServicePoint,
            String supplier,
            String ticketNumber,
            String recipient,
            String note,
            String issuedAt,
            String issuedBy,
            List<SlipLine> lines,
            String total,
            List<Discrepancy> discrepancies) {
        static Slip of(SlipView s, ZoneId zone) {
            boolean inbound = s.kind() == org.aftersales.domain.parts.SlipKind.INBOUND;
            return new Slip(
                    s.number(),
                    s.kind().name(),
                    s.servicePoint(),
                    s.toServicePoint(),
                    s.supplier(),
                    s.ticketNumber(),
                    s.recipient(),
                    s.note(),
                    ApiTime.format(s.issuedAt(), zone),
                    s.issuedBy(),
                    s.lines().stream().map(l -> SlipLine.of(l, inbound)).toList(),
                    MoneyText.format(s.total()),
                    s.discrepancies().stream().map(d -> Discrepancy.of(d, zone)).toList());
        }
    }

    @JsonbNillable
    public record Stock(
            String servicePoint, String partNumber, int onHand, String averageCost, Integer minimum, Integer maximum) {
        static Stock of(StockView s) {
            return new Stock(
                    s.servicePoint(),
                    s.partNumber(),
                    s.onHand(),
                    MoneyText.format(s.averageCost()),
                    s.minimum(),
                    s.maximum());
        }
    }

    /** P6: a line of the monthly report (进销存); values are money strings. */
    public record ReportLine(
            String servicePoint,
            String partNumber,
            int openingQty,
            String openingValue,
            int receiptsQty,
            String receiptsValue,
            int issuesQty,
            String issuesValue,
            int closingQty,
            String closingValue,
            int salesQty,
            String salesValue) {
        static ReportLine of(org.aftersales.domain.parts.StockReportLine l) {
            return new ReportLine(
                    l.servicePoint(),
                    l.partNumber(),
                    l.openingQty(),
                    MoneyText.format(l.openingValue()),
                    l.receiptsQty(),
                    MoneyText.format(l.receiptsValue()),
                    l.issuesQty(),
                    MoneyText.format(l.issuesValue()),
                    l.closingQty(),
                    MoneyText.format(l.closingValue()),
                    l.salesQty(),
                    MoneyText.format(l.salesValue()));
        }
    }
}
