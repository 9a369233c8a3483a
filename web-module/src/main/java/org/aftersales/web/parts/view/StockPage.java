package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.parts.boundary.StockService;
import org.aftersales.parts.boundary.StockViews.StockView;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.primefaces.model.StreamedContent;

/** P6: stock per service point and part with minimum and maximum; below the minimum is highlighted; Excel. */
@Named
@ViewScoped
public class StockPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private StockService stock;

    private String servicePoint;
    private String partNumber;
    private final PagedModel<StockView> rows = new PagedModel<>(this::page, s -> s.servicePoint() + "/" + s.partNumber());

    PageResult<StockView> page(int first, int size) {
        return stock.stock(servicePoint, partNumber, first, size);
    }

    /** P6: on hand under the minimum. */
    public boolean below(StockView s) {
        return s.minimum() != null && s.onHand() < s.minimum();
    }

    public StreamedContent getExport() {
        return ExcelExport.of("stock", Feedback.text("stock.title"), List.of(Feedback.text("stock.servicePoint"),
                Feedback.text("stock.partNumber"), Feedback.text("stock.onHand"), Feedback.text("stock.averageCost"),
                Feedback.text("stock.minimum"), Feedback.text("stock.maximum")), this::page,
                s -> List.of(s.servicePoint(), s.partNumber(), String.valueOf(s.onHand()), String.valueOf(s.averageCost()),
                        s.minimum() == null ? "" : String.valueOf(s.minimum()),
                        s.maximum() == null ? "" : String.valueOf(s.maximum())), EXPORT_MAX);
    }

    public PagedModel<StockView> getRows() { return rows; }
    public String getServicePoint() { return servicePoint; }
    public void setServicePoint(String servicePoint) { this.servicePoint = servicePoint; }
    public String getPartNumber() { return partNumber; }
    public void setPartNumber(String partNumber) { this.partNumber = partNumber; }
}
