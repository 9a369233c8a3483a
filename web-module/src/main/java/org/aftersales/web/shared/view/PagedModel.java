package org.aftersales.web.shared.view;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aftersales.domain.shared.PageResult;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model over a boundary's paged query: only the rows of the page shown
 * are loaded, the total comes with them. {@code Pager} and {@code key} must be serializable
 * (method references to a bean's own methods are).
 *
 * <p>Issue 15.3: on any page after the first PrimeFaces asks {@link #count} before {@link #load};
 * both used to run the boundary's query with its count, two counts a page. While the user only
 * turns pages (a pagination request of the table, which submits no filter) the filters cannot have
 * changed, so {@code count} answers with the total of the last load and the page turned costs the
 * one count that comes with its rows. Any other request (a search, another scope) counts afresh, so
 * that PrimeFaces still moves back to the last page when the new list is shorter.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows: the boundary call behind the table. */
    @FunctionalInterface
    public interface Pager<T> extends java.io.Serializable {
        PageResult<T> page(int first, int size);
    }

    /** The row's key, unique in the table. */
    @FunctionalInterface
    public interface Key<T> extends Function<T, String>, java.io.Serializable {}

    /** Whether the request being answered only turns the table's pages (its filters unchanged). */
    @FunctionalInterface
    interface PageTurn extends java.io.Serializable {
        boolean now();
    }

    private final Pager<T> pager;
    private final Key<T> key;
    private final PageTurn pageTurn;
    private transient List<T> current;
    /** The total of the last load, -1 before the first. */
    private long lastTotal = -1;

    public PagedModel(Pager<T> pager, Key<T> key) {
        this(pager, key, PagedModel::paginationRequest);
    }

    PagedModel(Pager<T> pager, Key<T> key, PageTurn pageTurn) {
        this.pager = pager;
        this.key = key;
        this.pageTurn = pageTurn;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (lastTotal >= 0 && pageTurn.now()) {
            return (int) lastTotal;
        }
        return (int) pager.page(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageResult<T> page = pager.page(first, pageSize);
        lastTotal = page.total();
        setRowCount((int) page.total());
        current = page.items();
        return current;
    }

    /** PrimeFaces marks a table's page turn (and rows-per-page change) with {@code <table id>_pagination}. */
    private static boolean paginationRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null
                && faces.getExternalContext().getRequestParameterMap().keySet().stream()
                        .anyMatch(name -> name.endsWith("_pagination"));
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return current == null
                ? null
                : current.stream()
                        .filter(r -> key.apply(r).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
