package org.aftersales.parts.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.parts.ReceivingDiscrepancy;
import org.aftersales.domain.parts.Slip;
import org.aftersales.domain.parts.SlipKind;
import org.aftersales.domain.parts.SlipLine;
import org.aftersales.domain.parts.StockLevel;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.SingleLine;
import org.aftersales.parts.control.Checks.KnownPart;
import org.aftersales.parts.control.Checks.KnownServicePoint;
import org.aftersales.parts.control.Checks.KnownTicket;
import org.aftersales.parts.control.Checks.Lines;
import org.aftersales.parts.control.Checks.PartLine;
import org.aftersales.parts.control.Checks.Quantity;
import org.aftersales.parts.control.Warehouse;
import org.aftersales.support.validation.CrossChecked;
import org.aftersales.support.validation.CrossFields;

/**
 * What the stock service (P2, P3, P6) takes and gives. The requests carry their rules (issue 11.1);
 * {@code /stock/issues}, {@code /stock/transfers} and {@code /stock/limits} take them as their JSON.
 */
public final class StockViews {

    /** The most lines on one slip. */
    public static final int MAX_LINES = 200;

    private StockViews() {}

    /** P2: a delivery; {@code invoicedQty} defaults to the counted quantity. */
    public record ReceiptRequest(
            @NotBlank @KnownServicePoint String servicePoint,
            @Size(max = 200) @SingleLine String supplier,
            @Size(max = 500) String note,
            @Lines(max = MAX_LINES, known = true) List<@Valid ReceiptLine> lines)
            implements Serializable {}

    /** P2: only the counted quantity enters the stock (issue 10.7: both bounded before any arithmetic). */
    public record ReceiptLine(
            @NotBlank String partNumber,
            @Quantity Integer invoicedQty,
            @NotNull @Quantity Integer countedQty,
            @NotNull @PositiveOrZero BigDecimal unitPrice)
            implements Serializable, PartLine {}

    /** P3: parts out to a technician or a ticket. */
    public record IssueRequest(
            @NotBlank @KnownServicePoint String servicePoint,
            @KnownTicket String ticketNumber,
            @Size(max = 100) @SingleLine String recipient,
            @Size(max = 500) String note,
            @Lines(max = MAX_LINES, known = true) List<@Valid IssueLine> lines)
            implements Serializable {}

    public record IssueLine(
            @NotBlank String partNumber,
            @Quantity(positive = true) Integer qty) implements Serializable, PartLine {}

    /** P3: from one service point to another; {@code receivedQty} defaults to the quantity sent. */
    @CrossChecked
    public record TransferRequest(
            @NotBlank @KnownServicePoint String fromServicePoint,
            @NotBlank @KnownServicePoint String toServicePoint,
            @Size(max = 500) String note,
            @Lines(max = MAX_LINES, known = true) List<@Valid TransferLine> lines)
            implements Serializable, CrossFields {
        /** P3: a transfer goes to another service point. */
        @Override
        public Optional<FieldError> crossFieldError() {
            String from = Warehouse.code(fromServicePoint);
            return from != null && !from.isEmpty() && from.equals(Warehouse.code(toServicePoint))
                    ? Optional.of(FieldError.of("toServicePoint", "validation.sameServicePoint"))
                    : Optional.empty();
        }
    }

    @CrossChecked
    public record TransferLine(
            @NotBlank String partNumber,
            @Quantity(positive = true) Integer qty,
            Integer receivedQty) implements Serializable, PartLine, CrossFields {
        /** P3: between 0 and the quantity sent (sent = received + difference). */
        @Override
        public Optional<FieldError> crossFieldError() {
            return receivedQty != null
                            && qty != null
                            && qty <= Plausible.MAX_QUANTITY
                            && (receivedQty < 0 || receivedQty > qty)
                    ? Optional.of(FieldError.of("receivedQty", "validation.receivedQty", qty))
                    : Optional.empty();
        }
    }

    public record SlipLineView(
            int lineNo,
            String partNumber,
            int quantity,
            Integer invoicedQty,
            Integer receivedQty,
            Integer difference,
            BigDecimal unitPrice,
            BigDecimal amount,
            BigDecimal receivedAmount)
            implements Serializable {
        static SlipLineView of(SlipLine l) {
            return new SlipLineView(
                    l.getLineNo(),
                    l.getPartNumber(),
                    l.getQuantity(),
                    l.getInvoicedQty(),
                    l.getReceivedQty(),
                    l.getDifference(),
                    l.getUnitPrice(),
                    l.getAmount(),
                    l.receivedAmount());
        }
    }

    /** P2: a line of the receiving-discrepancy register (进货验收差错登记簿). */
    public record DiscrepancyView(
            long id,
            String slipNumber,
            String servicePoint,
            String partNumber,
            int invoicedQty,
            int countedQty,
            int surplus,
            int shortage,
            BigDecimal unitPrice,
            String supplier,
            String resolution,
            String handler,
            Instant recordedAt,
            Instant resolvedAt)
            implements Serializable {
        static DiscrepancyView of(ReceivingDiscrepancy d) {
            return new DiscrepancyView(
                    d.getId() == null ? 0 : d.getId(),
                    d.getSlipNumber(),
                    d.getServicePoint(),
                    d.getPartNumber(),
                    d.getInvoiced(),
                    d.getCounted(),
                    d.getSurplus(),
                    d.getShortage(),
                    d.getUnitPrice(),
                    d.getSupplier(),
                    d.getResolution(),
                    d.getHandler(),
                    d.getRecordedAt(),
                    d.getResolvedAt());
        }
    }

    public record SlipView(
            String number,
            SlipKind kind,
            String servicePoint,
            String toServicePoint,
            String supplier,
            String ticketNumber,
            String recipient,
            String note,
            Instant issuedAt,
            String issuedBy,
            List<SlipLineView> lines,
            BigDecimal total,
            List<DiscrepancyView> discrepancies)
            implements Serializable {
        static SlipView of(Slip s, List<ReceivingDiscrepancy> discrepancies) {
            return new SlipView(
                    s.getNumber(),
                    s.getKind(),
                    s.getServicePoint(),
                    s.getToServicePoint(),
                    s.getSupplier(),
                    s.getTicketNumber(),
                    s.getRecipient(),
                    s.getNote(),
                    s.getIssuedAt(),
                    s.getIssuedBy(),
                    s.getLines().stream().map(SlipLineView::of).toList(),
                    s.total(),
                    discrepancies.stream().map(DiscrepancyView::of).toList());
        }
    }

    public record StockView(
            String servicePoint,
            String partNumber,
            int onHand,
            BigDecimal averageCost,
            Integer minimum,
            Integer maximum,
            long version)
            implements Serializable {
        static StockView of(StockLevel l) {
            return new StockView(
                    l.getServicePoint(),
                    l.getPartNumber(),
                    l.getOnHand(),
                    l.getAverageCost(),
                    l.getMinimum(),
                    l.getMaximum(),
                    l.getVersion());
        }
    }

    /** P6: minimum and maximum of one part at one service point (either may be empty). */
    @CrossChecked
    public record Limits(
            @NotBlank @KnownServicePoint String servicePoint,
            @NotBlank @KnownPart String partNumber,
            @Quantity Integer minimum,
            @Quantity Integer maximum)
            implements Serializable, CrossFields {
        /** P6: the maximum is not below the minimum. */
        @Override
        public Optional<FieldError> crossFieldError() {
            return minimum != null && maximum != null && maximum < minimum
                    ? Optional.of(FieldError.of("maximum", "validation.maxBelowMin"))
                    : Optional.empty();
        }
    }
}
