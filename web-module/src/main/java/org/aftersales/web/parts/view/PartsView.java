package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.PartView;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.primefaces.model.StreamedContent;

/** P1: the parts catalogue — lazy, searched by number, name, model or supplier; Excel. */
@Named
@ViewScoped
public class PartsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private PartService parts;

    private String query;
    private final PagedModel<PartView> rows = new PagedModel<>(this::page, PartView::partNumber);

    PageResult<PartView> page(int first, int size) {
        return parts.search(query, first, size);
    }

    public StreamedContent getExport() {
        return ExcelExport.of("parts", Feedback.text("parts.title"), List.of(Feedback.text("stock.partNumber"),
                Feedback.text("parts.name"), Feedback.text("parts.unit"), Feedback.text("parts.price"),
                Feedback.text("parts.models"), Feedback.text("parts.supplier"), Feedback.text("parts.source")),
                this::page, p -> List.of(p.partNumber(), p.name(), p.unit(), String.valueOf(p.price()),
                        String.join(", ", p.fittingModels()), p.supplier() == null ? "" : p.supplier(),
                        Feedback.text("parts.source." + p.source())), EXPORT_MAX);
    }

    public PagedModel<PartView> getRows() { return rows; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
}
