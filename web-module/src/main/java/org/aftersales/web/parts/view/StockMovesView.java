package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.parts.boundary.StockViews.IssueLine;
import org.aftersales.parts.boundary.StockViews.IssueRequest;
import org.aftersales.parts.boundary.StockViews.SlipView;
import org.aftersales.parts.boundary.StockViews.TransferLine;
import org.aftersales.parts.boundary.StockViews.TransferRequest;
import org.aftersales.web.shared.view.Feedback;

/** Issue 10.14, P3: a direct issue (出库单) and a transfer between service points (调拨单) from the screen. */
@Named
@ViewScoped
public class StockMovesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StockService stock;

    private String issuePoint;
    private String ticketNumber;
    private String recipient;
    private String issueNote;
    private final List<Line> issueLines = new ArrayList<>(List.of(new Line()));
    private String issueSlip;

    private String from;
    private String to;
    private String transferNote;
    private final List<Line> transferLines = new ArrayList<>(List.of(new Line()));
    private String transferSlip;

    /** One line: a part and how many (for a transfer also how many arrived, empty when all did). */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String partNumber;
        private Integer qty;
        private Integer receivedQty;

        public String getPartNumber() {
            return partNumber;
        }

        public void setPartNumber(String partNumber) {
            this.partNumber = partNumber;
        }

        public Integer getQty() {
            return qty;
        }

        public void setQty(Integer qty) {
            this.qty = qty;
        }

        public Integer getReceivedQty() {
            return receivedQty;
        }

        public void setReceivedQty(Integer receivedQty) {
            this.receivedQty = receivedQty;
        }
    }

    public void addIssueLine() {
        issueLines.add(new Line());
    }

    public void addTransferLine() {
        transferLines.add(new Line());
    }

    public void issue() {
        try {
            SlipView slip = stock.issue(new IssueRequest(
                    issuePoint,
                    ticketNumber,
                    recipient,
                    issueNote,
                    issueLines.stream()
                            .map(l -> new IssueLine(l.partNumber, l.qty))
                            .toList()));
            issueSlip = slip.number();
            Feedback.info("moves.issued", slip.number());
            issueLines.clear();
            issueLines.add(new Line());
            ticketNumber = null;
            recipient = null;
            issueNote = null;
        } catch (RuntimeException e) {
            Feedback.failed(e, "issueForm");
        }
    }

    public void transfer() {
        try {
            SlipView slip = stock.transfer(new TransferRequest(
                    from,
                    to,
                    transferNote,
                    transferLines.stream()
                            .map(l -> new TransferLine(l.partNumber, l.qty, l.receivedQty))
                            .toList()));
            transferSlip = slip.number();
            Feedback.info("moves.transferred", slip.number());
            transferLines.clear();
            transferLines.add(new Line());
            transferNote = null;
        } catch (RuntimeException e) {
            Feedback.failed(e, "transferForm");
        }
    }

    public String getIssuePoint() {
        return issuePoint;
    }

    public void setIssuePoint(String issuePoint) {
        this.issuePoint = issuePoint;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public void setTicketNumber(String ticketNumber) {
        this.ticketNumber = ticketNumber;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getIssueNote() {
        return issueNote;
    }

    public void setIssueNote(String issueNote) {
        this.issueNote = issueNote;
    }

    public List<Line> getIssueLines() {
        return issueLines;
    }

    public String getIssueSlip() {
        return issueSlip;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getTransferNote() {
        return transferNote;
    }

    public void setTransferNote(String transferNote) {
        this.transferNote = transferNote;
    }

    public List<Line> getTransferLines() {
        return transferLines;
    }

    public String getTransferSlip() {
        return transferSlip;
    }
}
