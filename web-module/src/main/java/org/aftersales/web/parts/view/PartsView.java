package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.parts.PartSource;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.NewPart;
import org.aftersales.parts.boundary.PartViews.PartView;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.primefaces.model.StreamedContent;

/**
 * P1: the parts catalogue — lazy, searched by number, name, model or supplier; Excel. Issue 10.14:
 * the warehouse creates parts here.
 */
@Named
@ViewScoped
public class PartsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private PartService parts;

    @Inject
    private CurrentUser currentUser;

    private String query;
    private String partNumber;
    private String name;
    private String unit;
    private BigDecimal price;
    private String fittingModels;
    private String supplier;
    private PartSource source = PartSource.BOUGHT_IN;
    private final PagedModel<PartView> rows = new PagedModel<>(this::page, PartView::partNumber);

    PageResult<PartView> page(int first, int size) {
        return parts.search(query, first, size);
    }

    /** Who may create parts (the EJB checks again). */
    public boolean isWriter() {
        return currentUser.has(Roles.WAREHOUSE) || currentUser.has(Roles.MANAGER) || currentUser.has(Roles.ADMIN);
    }

    public void create() {
        try {
            List<String> models = fittingModels == null
                    ? List.of()
                    : Arrays.stream(fittingModels.split("[,，、;；\\s]+"))
                            .filter(m -> !m.isBlank())
                            .toList();
            PartView part = parts.create(new NewPart(partNumber, name, unit, price, models, supplier, source));
            Feedback.info("parts.created", part.partNumber(), part.name());
            partNumber = null;
            name = null;
            price = null;
            fittingModels = null;
        } catch (RuntimeException e) {
            Feedback.failed(e, "newPartForm");
        }
    }

    public PartSource[] getSources() {
        return PartSource.values();
    }

    public StreamedContent getExport() {
        return ExcelExport.of(
                "parts",
                currentUser.getZone(),
                Feedback.text("parts.title"),
                List.of(
                        Feedback.text("stock.partNumber"),
                        Feedback.text("parts.name"),
                        Feedback.text("parts.unit"),
                        Feedback.text("parts.price"),
                        Feedback.text("parts.models"),
                        Feedback.text("parts.supplier"),
                        Feedback.text("parts.source")),
                this::page,
                p -> List.of(
                        p.partNumber(),
                        p.name(),
                        p.unit(),
                        String.valueOf(p.price()),
                        String.join(", ", p.fittingModels()),
                        p.supplier() == null ? "" : p.supplier(),
                        Feedback.text("parts.source." + p.source())),
                EXPORT_MAX);
    }

    public PagedModel<PartView> getRows() {
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getFittingModels() {
        return fittingModels;
    }

    public void setFittingModels(String fittingModels) {
        this.fittingModels = fittingModels;
    }

    public String getSupplier() {
        return supplier;
    }

    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    public PartSource getSource() {
        return source;
    }

    public void setSource(PartSource source) {
        this.source = source;
    }
}
