package org.aftersales.web.shared.view;

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

    private final Pager<T> pager;
    private final Key<T> key;
    private transient List<T> current;

    public PagedModel(Pager<T> pager, Key<T> key) {
        this.pager = pager;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) pager.page(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageResult<T> page = pager.page(first, pageSize);
        setRowCount((int) page.total());
        current = page.items();
        return current;
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
