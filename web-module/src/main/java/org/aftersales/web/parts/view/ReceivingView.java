package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.ServicePointView;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.parts.boundary.StockViews.ReceiptLine;
import org.aftersales.parts.boundary.StockViews.ReceiptRequest;
import org.aftersales.parts.boundary.StockViews.SlipView;
import org.aftersales.web.shared.view.Feedback;

/** P2: a keeper receives goods — supplier, lines with invoiced and counted quantity and price → the inbound slip. */
@Named
@ViewScoped
public class ReceivingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StockService stock;

    @EJB
    private PartService parts;

    private String servicePoint;
    private String supplier;
    private String note;
    private final List<Line> lines = new ArrayList<>(List.of(new Line()));
    private SlipView slip;

    /** One line of the receiving note, edited on the screen. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String partNumber;
        private Integer invoicedQty;
        private Integer countedQty;
        private BigDecimal unitPrice;

        public String getPartNumber() {
            return partNumber;
        }

        public void setPartNumber(String partNumber) {
            this.partNumber = partNumber;
        }

        public Integer getInvoicedQty() {
            return invoicedQty;
        }

        public void setInvoicedQty(Integer invoicedQty) {
            this.invoicedQty = invoicedQty;
        }

        public Integer getCountedQty() {
            return countedQty;
        }

        public void setCountedQty(Integer countedQty) {
            this.countedQty = countedQty;
        }

        public BigDecimal getUnitPrice() {
            return unitPrice;
        }

        public void setUnitPrice(BigDecimal unitPrice) {
            this.unitPrice = unitPrice;
        }
    }

    public void addLine() {
        lines.add(new Line());
    }

    public void receive() {
        try {
            slip = stock.receive(new ReceiptRequest(
                    servicePoint,
                    supplier,
                    note,
                    lines.stream()
                            .map(l -> new ReceiptLine(l.partNumber, l.invoicedQty, l.countedQty, l.unitPrice))
                            .toList()));
            Feedback.info("receiving.done", slip.number());
            lines.clear();
            lines.add(new Line());
        } catch (RuntimeException e) {
            Feedback.failed(e, "receivingForm");
        }
    }

    public List<ServicePointView> getServicePoints() {
        return parts.servicePoints(0, 500).items();
    }

    public List<Line> getLines() {
        return lines;
    }

    public SlipView getSlip() {
        return slip;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public void setServicePoint(String servicePoint) {
        this.servicePoint = servicePoint;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
