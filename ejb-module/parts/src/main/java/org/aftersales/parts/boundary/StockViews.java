package org.aftersales.parts.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.aftersales.domain.parts.ReceivingDiscrepancy;
import org.aftersales.domain.parts.Slip;
import org.aftersales.domain.parts.SlipKind;
import org.aftersales.domain.parts.SlipLine;
import org.aftersales.domain.parts.StockLevel;

/** What the stock service (P2, P3, P6) takes and gives. */
public final class StockViews {

    private StockViews() {
    }

    /** P2: a delivery; {@code invoicedQty} defaults to the counted quantity. */
    public record ReceiptRequest(String servicePoint, String supplier, String note, List<ReceiptLine> lines)
            implements Serializable {
    }

    public record ReceiptLine(String partNumber, Integer invoicedQty, Integer countedQty, BigDecimal unitPrice)
            implements Serializable {
    }

    /** P3: parts out to a technician or a ticket. */
    public record IssueRequest(String servicePoint, String ticketNumber, String recipient, String note,
            List<IssueLine> lines) implements Serializable {
    }

    public record IssueLine(String partNumber, Integer qty) implements Serializable {
    }

    /** P3: from one service point to another; {@code receivedQty} defaults to the quantity sent. */
    public record TransferRequest(String fromServicePoint, String toServicePoint, String note, List<TransferLine> lines)
            implements Serializable {
    }

    public record TransferLine(String partNumber, Integer qty, Integer receivedQty) implements Serializable {
    }

    public record SlipLineView(int lineNo, String partNumber, int quantity, Integer invoicedQty, Integer receivedQty,
            Integer difference, BigDecimal unitPrice, BigDecimal amount, BigDecimal receivedAmount) implements Serializable {
        static SlipLineView of(SlipLine l) {
            return new SlipLineView(l.getLineNo(), l.getPartNumber(), l.getQuantity(), l.getInvoicedQty(),
                    l.getReceivedQty(), l.getDifference(), l.getUnitPrice(), l.getAmount(), l.receivedAmount());
        }
    }

    /** P2: a line of the receiving-discrepancy register (进货验收差错登记簿). */
    public record DiscrepancyView(long id, String slipNumber, String servicePoint, String partNumber, int invoicedQty,
            int countedQty, int surplus, int shortage, BigDecimal unitPrice, String supplier, String resolution,
            String handler, Instant recordedAt, Instant resolvedAt) implements Serializable {
        static DiscrepancyView of(ReceivingDiscrepancy d) {
            return new DiscrepancyView(d.getId() == null ? 0 : d.getId(), d.getSlipNumber(), d.getServicePoint(),
                    d.getPartNumber(), d.getInvoiced(), d.getCounted(), d.getSurplus(), d.getShortage(),
                    d.getUnitPrice(), d.getSupplier(), d.getResolution(), d.getHandler(), d.getRecordedAt(),
                    d.getResolvedAt());
        }
    }

    public record SlipView(String number, SlipKind kind, String servicePoint, String toServicePoint, String supplier,
            String ticketNumber, String recipient, String note, Instant issuedAt, String issuedBy,
            List<SlipLineView> lines, BigDecimal total, List<DiscrepancyView> discrepancies) implements Serializable {
        static SlipView of(Slip s, List<ReceivingDiscrepancy> discrepancies) {
            return new SlipView(s.getNumber(), s.getKind(), s.getServicePoint(), s.getToServicePoint(), s.getSupplier(),
                    s.getTicketNumber(), s.getRecipient(), s.getNote(), s.getIssuedAt(), s.getIssuedBy(),
                    s.getLines().stream().map(SlipLineView::of).toList(), s.total(),
                    discrepancies.stream().map(DiscrepancyView::of).toList());
        }
    }

    public record StockView(String servicePoint, String partNumber, int onHand, BigDecimal averageCost,
            Integer minimum, Integer maximum, long version) implements Serializable {
        static StockView of(StockLevel l) {
            return new StockView(l.getServicePoint(), l.getPartNumber(), l.getOnHand(), l.getAverageCost(),
                    l.getMinimum(), l.getMaximum(), l.getVersion());
        }
    }

    /** P6: minimum and maximum of one part at one service point (either may be empty). */
    public record Limits(String servicePoint, String partNumber, Integer minimum, Integer maximum)
            implements Serializable {
    }
}
