package org.aftersales.web.parts.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.parts.boundary.PartService;
import org.aftersales.parts.boundary.PartViews.ServicePointView;
import org.aftersales.parts.boundary.StockTakeViews.Count;
import org.aftersales.parts.boundary.StockTakeViews.LineView;
import org.aftersales.parts.boundary.StockTakeViews.NewStockTake;
import org.aftersales.parts.boundary.StockTakeViews.StockTakeView;
import org.aftersales.parts.boundary.StockTakes;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.primefaces.model.StreamedContent;

/**
 * P6: stock-takes (盘点) — start one for a service point, enter the counts page by page (each line
 * with the version it was read at), submit, and as another manager approve the adjustments or
 * send them back for a recount; the lines export to Excel as the count sheet.
 */
@Named
@ViewScoped
public class StockTakesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 100_000;

    @EJB
    private StockTakes takes;

    @EJB
    private PartService parts;

    @jakarta.inject.Inject
    private org.aftersales.web.shared.view.CurrentUser currentUser;

    /** ?take= (the stock-take's id) from the link of its approval: opened at once. */
    @jakarta.inject.Inject
    @org.omnifaces.cdi.Param(name = "take")
    private String takeParam;

    private String servicePoint;
    private String partPrefix;
    private String note;
    private Long selectedId;
    private StockTakeView selected;
    private StockTakes.LineFilter filter = StockTakes.LineFilter.ALL;
    private String reason;
    private String foundPart;
    private Integer foundQty;
    /** The counts typed on the visible page, by part number, and the versions they were read at. */
    private final Map<String, String> counts = new HashMap<>();

    private final Map<String, Long> versions = new HashMap<>();

    private final PagedModel<StockTakeView> list =
            new PagedModel<>((first, size) -> takes.list(servicePoint, null, first, size), t -> String.valueOf(t.id()));
    private final PagedModel<LineView> lines = new PagedModel<>(this::page, LineView::partNumber);

    private org.aftersales.domain.shared.PageResult<LineView> page(int first, int size) {
        if (selectedId == null) {
            return new org.aftersales.domain.shared.PageResult<>(List.of(), 0);
        }
        var page = takes.lines(selectedId, filter, first, size);
        for (LineView l : page.items()) {
            versions.put(l.partNumber(), l.version());
            counts.putIfAbsent(l.partNumber(), l.countedQty() == null ? null : String.valueOf(l.countedQty()));
        }
        return page;
    }

    @jakarta.annotation.PostConstruct
    void openLinked() {
        if (takeParam == null || takeParam.isBlank()) {
            return;
        }
        try {
            select(Long.parseLong(takeParam.strip()));
        } catch (NumberFormatException | org.aftersales.domain.shared.UnknownEntityException e) {
            selectedId = null; // a link to no stock-take: the list as usual
            selected = null;
        }
    }

    public void start() {
        try {
            selected = takes.start(new NewStockTake(servicePoint, partPrefix, note));
            selectedId = selected.id();
            counts.clear();
            Feedback.info("stockTakes.started", selected.number(), selected.lineCount());
        } catch (RuntimeException e) {
            Feedback.failed(e, "takeForm");
        }
    }

    public void select(long id) {
        selectedId = id;
        selected = takes.find(id);
        counts.clear();
        versions.clear();
        reason = null;
    }

    /** Saves the counts typed (blank ones are left alone); a stale line → the conflict message, nothing saved. */
    public void saveCounts() {
        List<Count> entered = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        counts.forEach((part, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            try {
                entered.add(new Count(part, Integer.valueOf(text.strip()), versions.get(part)));
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("counts", "validation.countNumber", part));
            }
        });
        try {
            if (!errors.isEmpty()) {
                throw new RuleViolationException(errors);
            }
            if (!entered.isEmpty()) {
                takes.count(selectedId, entered);
            }
            if (foundPart != null && !foundPart.isBlank()) {
                takes.count(selectedId, List.of(new Count(foundPart, foundQty, null)));
                foundPart = null;
                foundQty = null;
            }
            counts.clear();
            selected = takes.find(selectedId);
            Feedback.info("stockTakes.saved", entered.size());
        } catch (RuntimeException e) {
            Feedback.failed(e, "takeForm");
        }
    }

    public void submit() {
        act(() -> takes.submit(selectedId), "stockTakes.submitted");
    }

    public void approve() {
        act(() -> takes.approve(selectedId), "stockTakes.approved");
    }

    public void reject() {
        act(() -> takes.reject(selectedId, reason), "stockTakes.rejected");
    }

    public void cancel() {
        act(() -> takes.cancel(selectedId, reason), "stockTakes.cancelled");
    }

    private void act(java.util.function.Supplier<StockTakeView> action, String done) {
        try {
            selected = action.get();
            counts.clear();
            Feedback.info(done, selected.number());
        } catch (RuntimeException e) {
            Feedback.failed(e, "takeForm");
        }
    }

    /** The count sheet: every line with book, counted and difference. */
    public StreamedContent getExport() {
        return ExcelExport.of(
                "stock-take",
                currentUser.getZone(),
                Feedback.text("stockTakes.title") + " " + (selected == null ? "" : selected.number()),
                List.of(
                        Feedback.text("stock.partNumber"),
                        Feedback.text("stockTakes.book"),
                        Feedback.text("stockTakes.counted"),
                        Feedback.text("stockTakes.difference"),
                        Feedback.text("stockTakes.adjustmentValue")),
                (first, size) -> takes.lines(selectedId, StockTakes.LineFilter.ALL, first, size),
                l -> List.of(
                        l.partNumber(),
                        String.valueOf(l.bookQty()),
                        l.countedQty() == null ? "" : String.valueOf(l.countedQty()),
                        String.valueOf(l.difference()),
                        l.adjustmentValue() == null ? "" : l.adjustmentValue().toPlainString()),
                EXPORT_MAX);
    }

    public List<ServicePointView> getServicePoints() {
        return parts.servicePoints(0, 500).items();
    }

    public StockTakes.LineFilter[] getFilters() {
        return StockTakes.LineFilter.values();
    }

    public PagedModel<StockTakeView> getList() {
        return list;
    }

    public PagedModel<LineView> getLines() {
        return lines;
    }

    public Map<String, String> getCounts() {
        return counts;
    }

    public StockTakeView getSelected() {
        return selected;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public void setServicePoint(String servicePoint) {
        this.servicePoint = servicePoint;
    }

    public String getPartPrefix() {
        return partPrefix;
    }

    public void setPartPrefix(String partPrefix) {
        this.partPrefix = partPrefix;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public StockTakes.LineFilter getFilter() {
        return filter;
    }

    public void setFilter(StockTakes.LineFilter filter) {
        this.filter = filter;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getFoundPart() {
        return foundPart;
    }

    public void setFoundPart(String foundPart) {
        this.foundPart = foundPart;
    }

    public Integer getFoundQty() {
        return foundQty;
    }

    public void setFoundQty(Integer foundQty) {
        this.foundQty = foundQty;
    }
}
