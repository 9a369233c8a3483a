package org.aftersales.customers.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.customers.boundary.CustomerViews.CustomerQuery;
import org.aftersales.customers.boundary.CustomerViews.CustomerRow;
import org.aftersales.customers.boundary.CustomerViews.SortField;
import org.aftersales.domain.customers.Customer;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.PhoneNumber;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.support.query.Listing;

/**
 * C1: the customer list's query, built with the Criteria API (parameters only, never SQL text from
 * input): one query for the page's rows (a projection, no collections) and one for the total.
 * Indexes: name_key, phone_key, (region, name_key), (type, name_key); products by model and by
 * purchase date.
 */
public class CustomerSearch {

    private final EntityManager em;
    private final java.util.Optional<String> partner;

    /** {@code partner}: the partner the caller acts as (issue 10.1: it lists only its own customers); empty for staff. */
    public CustomerSearch(EntityManager em, java.util.Optional<String> partner) {
        this.em = em;
        this.partner = partner;
    }

    public PageResult<CustomerRow> page(CustomerQuery query, int first, int size, SortField sort, boolean ascending) {
        return new PageResult<>(rows(query, first, size, sort, ascending), count(query));
    }

    /** One page of rows, without the total. */
    public List<CustomerRow> rows(CustomerQuery query, int first, int size, SortField sort, boolean ascending) {
        CustomerQuery filter = query == null ? CustomerQuery.all() : query;
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<CustomerRow> rows = cb.createQuery(CustomerRow.class);
        Root<Customer> c = rows.from(Customer.class);
        rows.select(cb.construct(
                CustomerRow.class,
                c.get("id"),
                c.get("name"),
                c.get("type"),
                c.get("contact"),
                c.get("phone"),
                c.get("region"),
                c.get("address"),
                c.get("createdAt")));
        List<Predicate> where = customerPredicates(cb, c, filter);
        if (byProduct(filter)) {
            // correlated EXISTS: walking the page in index order, each customer's products are probed
            Subquery<Integer> owns = rows.subquery(Integer.class);
            Root<InstalledProduct> p = owns.from(InstalledProduct.class);
            List<Predicate> product = productPredicates(cb, p, filter);
            product.add(cb.equal(p.get("customer"), c));
            owns.select(cb.literal(1)).where(product.toArray(Predicate[]::new));
            where.add(cb.exists(owns));
        }
        rows.where(where.toArray(Predicate[]::new));
        boolean asc = sort != null && ascending;
        Order byId = asc ? cb.asc(c.get("id")) : cb.desc(c.get("id"));
        if (sort == null || sort == SortField.CREATED) {
            rows.orderBy(byId); // ids grow with creation: the primary key's index serves the newest first
        } else {
            Expression<?> key = switch (sort) {
                case NAME -> c.get("nameKey");
                case REGION -> c.get("region");
                default -> c.get("type");
            };
            rows.orderBy(asc ? cb.asc(key) : cb.desc(key), byId);
        }
        return em.createQuery(rows).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /**
     * The total. With product filters it is counted from the products' side (index on model or
     * purchase date, joined to their customers), never by probing every customer.
     */
    public long count(CustomerQuery query) {
        CustomerQuery filter = query == null ? CustomerQuery.all() : query;
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        if (byProduct(filter)) {
            Root<InstalledProduct> p = count.from(InstalledProduct.class);
            Join<InstalledProduct, Customer> c = p.join("customer");
            List<Predicate> where = productPredicates(cb, p, filter);
            where.addAll(customerPredicates(cb, c, filter));
            count.select(cb.countDistinct(c.get("id"))).where(where.toArray(Predicate[]::new));
        } else {
            Root<Customer> c = count.from(Customer.class);
            count.select(cb.count(c)).where(customerPredicates(cb, c, filter).toArray(Predicate[]::new));
        }
        return em.createQuery(count).getSingleResult();
    }

    private static boolean byProduct(CustomerQuery filter) {
        return (filter.model() != null && !filter.model().isBlank())
                || filter.purchasedFrom() != null
                || filter.purchasedTo() != null;
    }

    private java.util.Optional<Long> serialOwner(String serial) {
        return em.createQuery("SELECT p.customer.id FROM InstalledProduct p WHERE p.serialNumber = :s", Long.class)
                .setParameter("s", serial)
                .getResultStream()
                .findFirst();
    }

    private List<Predicate> customerPredicates(CriteriaBuilder cb, From<?, Customer> c, CustomerQuery query) {
        List<Predicate> where = new ArrayList<>();
        partner.ifPresent(p -> where.add(cb.equal(c.get("partner"), p)));
        if (query.query() != null && !query.query().isBlank()) {
            String text = query.query().strip();
            List<Predicate> any = new ArrayList<>();
            any.add(cb.like(c.get("nameKey"), "%" + Listing.escape(Customer.key(text)) + "%", Listing.ESCAPE));
            String digits = PhoneNumber.key(text);
            if (digits != null
                    && digits.length() >= 3
                    && digits.length() == text.replaceAll("[\\s\\-+()]", "").length()) {
                any.add(cb.like(c.get("phoneKey"), Listing.escape(digits) + "%", Listing.ESCAPE));
            }
            // a whole serial number: resolved first (one index lookup), never a subquery per row
            serialOwner(text).ifPresent(owner -> any.add(cb.equal(c.get("id"), owner)));
            where.add(cb.or(any.toArray(Predicate[]::new)));
        }
        if (query.region() != null && !query.region().isBlank()) {
            where.add(cb.equal(c.get("region"), query.region().strip()));
        }
        if (query.type() != null) {
            where.add(cb.equal(c.get("type"), query.type()));
        }
        return where;
    }

    private static List<Predicate> productPredicates(
            CriteriaBuilder cb, From<?, InstalledProduct> p, CustomerQuery query) {
        List<Predicate> product = new ArrayList<>();
        if (query.model() != null && !query.model().isBlank()) {
            product.add(cb.equal(p.get("model"), query.model().strip()));
        }
        if (query.purchasedFrom() != null) {
            product.add(cb.greaterThanOrEqualTo(p.get("purchaseDate"), query.purchasedFrom()));
        }
        if (query.purchasedTo() != null) {
            product.add(cb.lessThanOrEqualTo(p.get("purchaseDate"), query.purchasedTo()));
        }
        return product;
    }
}
