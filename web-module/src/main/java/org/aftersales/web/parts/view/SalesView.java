package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.parts.PaymentMethod;
import org.aftersales.parts.boundary.PartSaleViews.NewSale;
import org.aftersales.parts.boundary.PartSaleViews.NewSaleLine;
import org.aftersales.parts.boundary.PartSaleViews.SaleView;
import org.aftersales.parts.boundary.PartSaleViews.SettlementView;
import org.aftersales.parts.boundary.PartSales;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.ServicePointView;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;

/**
 * P5: the parts counter — a sale on the sales card (零配件销货卡) at the catalogue price, the
 * unsettled sales of the service point, settling them on a payment slip (缴款单), and the payment
 * slips with finance's receipt.
 */
@Named
@ViewScoped
public class SalesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartSales sales;

    @EJB
    private PartService parts;

    private String servicePoint;
    private String buyer;
    private String buyerPhone;
    private String ticketNumber;
    private PaymentMethod paymentMethod = PaymentMethod.CASH;
    private String cashier;
    private String note;
    private final List<Line> lines = new ArrayList<>(List.of(new Line()));
    private SaleView sale;
    private String financeCashier;
    private SettlementView settlement;

    private final PagedModel<SaleView> unsettled = new PagedModel<>(
            (first, size) -> sales.list(servicePoint, null, null, false, first, size), SaleView::number);
    private final PagedModel<SettlementView> slips = new PagedModel<>(
            (first, size) -> sales.settlements(servicePoint, false, first, size), SettlementView::number);

    /** One line of the sales card, edited on the screen. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String partNumber;
        private Integer qty;

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
    }

    public void addLine() {
        lines.add(new Line());
    }

    public void sell() {
        try {
            sale = sales.sell(new NewSale(
                    servicePoint,
                    buyer,
                    buyerPhone,
                    ticketNumber,
                    paymentMethod,
                    cashier,
                    note,
                    lines.stream()
                            .map(l -> new NewSaleLine(l.partNumber, l.qty))
                            .toList()));
            Feedback.info("sales.sold", sale.number(), sale.total());
            buyer = buyerPhone = ticketNumber = note = null;
            lines.clear();
            lines.add(new Line());
        } catch (RuntimeException e) {
            Feedback.failed(e, "saleForm");
        }
    }

    /** P5: what would be handed in now; null without a service point. */
    public SettlementView getPreview() {
        if (servicePoint == null || servicePoint.isBlank()) {
            return null;
        }
        try {
            return sales.unsettled(servicePoint);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public void settle() {
        try {
            settlement = sales.settle(servicePoint, financeCashier);
            Feedback.info("sales.settled", settlement.number(), settlement.salesCount(), settlement.total());
        } catch (RuntimeException e) {
            Feedback.failed(e, "saleForm");
        }
    }

    public void received(String number) {
        try {
            SettlementView s = sales.received(number);
            Feedback.info("sales.received", s.number());
        } catch (RuntimeException e) {
            Feedback.failed(e, "saleForm");
        }
    }

    public List<ServicePointView> getServicePoints() {
        return parts.servicePoints(0, 500).items();
    }

    public PaymentMethod[] getPaymentMethods() {
        return PaymentMethod.values();
    }

    public List<Line> getLines() {
        return lines;
    }

    public SaleView getSale() {
        return sale;
    }

    public SettlementView getSettlement() {
        return settlement;
    }

    public PagedModel<SaleView> getUnsettled() {
        return unsettled;
    }

    public PagedModel<SettlementView> getSlips() {
        return slips;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public void setServicePoint(String servicePoint) {
        this.servicePoint = servicePoint;
    }

    public String getBuyer() {
        return buyer;
    }

    public void setBuyer(String buyer) {
        this.buyer = buyer;
    }

    public String getBuyerPhone() {
        return buyerPhone;
    }

    public void setBuyerPhone(String buyerPhone) {
        this.buyerPhone = buyerPhone;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public void setTicketNumber(String ticketNumber) {
        this.ticketNumber = ticketNumber;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getCashier() {
        return cashier;
    }

    public void setCashier(String cashier) {
        this.cashier = cashier;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getFinanceCashier() {
        return financeCashier;
    }

    public void setFinanceCashier(String financeCashier) {
        this.financeCashier = financeCashier;
    }
}
