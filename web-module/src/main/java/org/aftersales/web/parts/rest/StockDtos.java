package org.aftersales.web.parts.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.domain.shared.SingleLine;
import org.aftersales.parts.boundary.StockViews.DiscrepancyView;
import org.aftersales.parts.boundary.StockViews.SlipLineView;
import org.aftersales.parts.boundary.StockViews.SlipView;
import org.aftersales.parts.boundary.StockViews.StockView;
import org.aftersales.web.shared.rest.ApiTime;

/** The JSON of {@code /stock} (../shared/API.md, "Parts and stock"): API.md's fields, then additions. */
public final class StockDtos {

    private StockDtos() {
    }

    public record NewReceipt(
            @NotBlank(message = "{validation.required}") String servicePoint,
            @Size(max = 200, message = "{validation.tooLong}") @SingleLine String supplier,
            @Size(max = 500, message = "{validation.tooLong}") String note,
            @NotEmpty(message = "{validation.required}") List<@Valid ReceiptLine> lines) {
    }

    public record ReceiptLine(String partNumber, Integer invoicedQty, Integer countedQty, String unitPrice) {
    }

    public record NewIssue(
            @NotBlank(message = "{validation.required}") String servicePoint,
            String ticketNumber,
            @Size(max = 100, message = "{validation.tooLong}") @SingleLine String recipient,
            @Size(max = 500, message = "{validation.tooLong}") String note,
            @NotEmpty(message = "{validation.required}") List<@Valid IssueLine> lines) {
    }

    public record IssueLine(String partNumber, Integer qty) {
    }

    public record NewTransfer(
            @NotBlank(message = "{validation.required}") String fromServicePoint,
            @NotBlank(message = "{validation.required}") String toServicePoint,
            @Size(max = 500, message = "{validation.tooLong}") String note,
            @NotEmpty(message = "{validation.required}") List<@Valid TransferLine> lines) {
    }

    public record TransferLine(String partNumber, Integer qty, Integer receivedQty) {
    }

    public record NewLimits(@NotBlank(message = "{validation.required}") String servicePoint,
            @NotBlank(message = "{validation.required}") String partNumber, Integer minimum, Integer maximum) {
    }

    @JsonbNillable
    public record SlipLine(int lineNo, String partNumber, int qty, Integer invoicedQty, Integer countedQty,
            Integer receivedQty, Integer difference, String unitPrice, String amount, String receivedAmount) {
        static SlipLine of(SlipLineView l, boolean inbound) {
            return new SlipLine(l.lineNo(), l.partNumber(), l.quantity(), l.invoicedQty(),
                    inbound ? Integer.valueOf(l.quantity()) : null, l.receivedQty(), l.difference(),
                    MoneyText.format(l.unitPrice()), MoneyText.format(l.amount()), MoneyText.format(l.receivedAmount()));
        }
    }

    @JsonbNillable
    public record Discrepancy(String partNumber, int shortage, int surplus, int invoicedQty, int countedQty,
            String unitPrice, String supplier, String handler, long id, String slipNumber, String servicePoint,
            String resolution, String recordedAt, String resolvedAt) {
        static Discrepancy of(DiscrepancyView d, ZoneId zone) {
            return new Discrepancy(d.partNumber(), d.shortage(), d.surplus(), d.invoicedQty(), d.countedQty(),
                    MoneyText.format(d.unitPrice()), d.supplier(), d.handler(), d.id(), d.slipNumber(),
                    d.servicePoint(), d.resolution(), ApiTime.format(d.recordedAt(), zone),
                    ApiTime.format(d.resolvedAt(), zone));
        }
    }

    public record Resolution(@NotBlank(message = "{validation.required}")
            @Size(max = 500, message = "{validation.tooLong}") String resolution) {
    }

    /** A slip: inbound (入库单), outbound (出库单) or transfer (调拨单). */
    @JsonbNillable
    public record Slip(String number, String kind, String servicePoint, String toServicePoint, String supplier,
            String ticketNumber, String recipient, String note, String issuedAt, String issuedBy, List<SlipLine> lines,
            String total, List<Discrepancy> discrepancies) {
        static Slip of(SlipView s, ZoneId zone) {
            boolean inbound = s.kind() == org.aftersales.domain.parts.SlipKind.INBOUND;
            return new Slip(s.number(), s.kind().name(), s.servicePoint(), s.toServicePoint(), s.supplier(),
                    s.ticketNumber(), s.recipient(), s.note(), ApiTime.format(s.issuedAt(), zone), s.issuedBy(),
                    s.lines().stream().map(l -> SlipLine.of(l, inbound)).toList(), MoneyText.format(s.total()),
                    s.discrepancies().stream().map(d -> Discrepancy.of(d, zone)).toList());
        }
    }

    @JsonbNillable
    public record Stock(String servicePoint, String partNumber, int onHand, String averageCost, Integer minimum,
            Integer maximum) {
        static Stock of(StockView s) {
            return new Stock(s.servicePoint(), s.partNumber(), s.onHand(), MoneyText.format(s.averageCost()),
                    s.minimum(), s.maximum());
        }
    }

    /** P6: a line of the monthly report (进销存); values are money strings. */
    public record ReportLine(String servicePoint, String partNumber, int openingQty, String openingValue,
            int receiptsQty, String receiptsValue, int issuesQty, String issuesValue, int closingQty,
            String closingValue, int salesQty, String salesValue) {
        static ReportLine of(org.aftersales.domain.parts.StockReportLine l) {
            return new ReportLine(l.servicePoint(), l.partNumber(), l.openingQty(), MoneyText.format(l.openingValue()),
                    l.receiptsQty(), MoneyText.format(l.receiptsValue()), l.issuesQty(),
                    MoneyText.format(l.issuesValue()), l.closingQty(), MoneyText.format(l.closingValue()),
                    l.salesQty(), MoneyText.format(l.salesValue()));
        }
    }
}
