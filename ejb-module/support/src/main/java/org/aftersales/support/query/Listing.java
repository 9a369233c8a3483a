package org.aftersales.support.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftersales.domain.shared.PageResult;

/**
 * The one way a list screen or a list endpoint queries: Criteria API, every filter a parameter, the
 * page and its count as two statements (the count is skipped when the first page is not full), a
 * stable order that ends on the id. The {@code *Search} classes of each context say only which
 * filters and which order; this class does the rest, and escapes what people type into a LIKE once.
 *
 * <pre>{@code
 * return Listing.of(em, Part.class)
 *         .where((cb, p) -> filters(cb, p, query))
 *         .orderBy((cb, p) -> List.of(cb.asc(p.get("partNumber"))))
 *         .page(first, size);
 * }</pre>
 */
public final class Listing<T> {

    /** The escape character of every LIKE pattern this class makes. */
    public static final char ESCAPE = '\\';

    /** Builds the filters of one query; called twice, for the page and for its count. */
    @FunctionalInterface
    public interface Filters<T> {
        List<Predicate> apply(CriteriaBuilder cb, Root<T> root);
    }

    /** Builds the order of the page; the id is appended as the last key. */
    @FunctionalInterface
    public interface Sorting<T> {
        List<Order> apply(CriteriaBuilder cb, Root<T> root);
    }

    private final EntityManager em;
    private final Class<T> type;
    private Filters<T> filters = (cb, root) -> List.of();
    private Sorting<T> sorting = (cb, root) -> List.of();
    private boolean descendingId = true;

    private Listing(EntityManager em, Class<T> type) {
        this.em = em;
        this.type = type;
    }

    public static <T> Listing<T> of(EntityManager em, Class<T> type) {
        return new Listing<>(em, type);
    }

    public Listing<T> where(Filters<T> filters) {
        this.filters = filters;
        return this;
    }

    public Listing<T> orderBy(Sorting<T> sorting) {
        this.sorting = sorting;
        return this;
    }

    /** The tie-break on the id runs ascending (oldest first) instead of newest first. */
    public Listing<T> idAscending() {
        this.descendingId = false;
        return this;
    }

    /** One page from {@code first} (0-based row), at most {@code size} rows, and the total. */
    public PageResult<T> page(int first, int size) {
        return page(first, size, Long.MAX_VALUE);
    }

    /**
     * One page as {@link #page}, its total counted up to {@code countAtMost} rows only (issue 15.3):
     * a total of {@code countAtMost} means "that many or more" ({@link Long#MAX_VALUE}: the exact total).
     */
    public PageResult<T> page(int first, int size, long countAtMost) {
        List<T> items = list(Math.max(0, first), Math.max(1, size));
        long total = first <= 0 && items.size() < size ? items.size() : count(countAtMost);
        return new PageResult<>(items, total);
    }

    /**
     * How many rows match, but at most {@code atMost} (issue 15.3): reads the ids of at most that
     * many matching rows, unordered, so the database stops early on a long list where a full count
     * would visit every row. JPQL has no LIMIT in a sub-select; this works on Derby and PostgreSQL alike.
     */
    public long count(long atMost) {
        if (atMost >= Integer.MAX_VALUE) {
            return count();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> ids = cb.createQuery(Object.class);
        Root<T> root = ids.from(type);
        ids.select(root.get("id")).where(filters.apply(cb, root).toArray(Predicate[]::new));
        return em.createQuery(ids)
                .setMaxResults((int) Math.max(0, atMost))
                .getResultList()
                .size();
    }

    /** Every row that matches, in order (for exports and reports that are bounded by their filter). */
    public List<T> all() {
        return list(0, Integer.MAX_VALUE);
    }

    public long count() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> root = count.from(type);
        count.select(cb.count(root)).where(filters.apply(cb, root).toArray(Predicate[]::new));
        return em.createQuery(count).getSingleResult();
    }

    private List<T> list(int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> page = cb.createQuery(type);
        Root<T> root = page.from(type);
        List<Order> order = new ArrayList<>(sorting.apply(cb, root));
        order.add(descendingId ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
        page.select(root)
                .where(filters.apply(cb, root).toArray(Predicate[]::new))
                .orderBy(order);
        var query = em.createQuery(page).setFirstResult(first);
        if (size != Integer.MAX_VALUE) {
            query.setMaxResults(size);
        }
        return query.getResultList();
    }

    /** True when a filter was typed: not null and not blank. */
    public static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    /** {@code lower(field) LIKE %text%}, the text's wildcards taken literally. */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> field, String text) {
        return cb.like(cb.lower(field), "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%", ESCAPE);
    }

    /** {@code field LIKE text%}, the text's wildcards taken literally. */
    public static Predicate startsWith(CriteriaBuilder cb, Expression<String> field, String text) {
        return cb.like(field, escape(text.strip()) + "%", ESCAPE);
    }

    /** LIKE wildcards in what people type are literal characters. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
