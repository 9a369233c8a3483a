package org.aftersales.customers.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.customers.boundary.CustomerViews.CustomerQuery;
import org.aftersales.customers.boundary.CustomerViews.CustomerRow;
import org.aftersales.customers.boundary.CustomerViews.SortField;
import org.aftersales.domain.customer.Customer;
import org.aftersales.domain.customer.InstalledProduct;
import org.aftersales.domain.customer.PhoneNumber;
import org.aftersales.domain.shared.PageResult;

/**
 * C1: the customer list's query, built with the Criteria API (parameters only, never SQL text from
 * input): one query for the page's rows (a projection, no collections) and one for the total.
 * Indexes: name_key, phone_key, (region, name_key), (type, name_key); products by model and by
 * purchase date.
 */
public class CustomerSearch {

    private final EntityManager em;

    public CustomerSearch(EntityManager em) {
        this.em = em;
    }

    public PageResult<CustomerRow> page(CustomerQuery query, int first, int size, SortField sort, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<CustomerRow> rows = cb.createQuery(CustomerRow.class);
        Root<Customer> c = rows.from(Customer.class);
        rows.select(cb.construct(CustomerRow.class, c.get("id"), c.get("name"), c.get("type"), c.get("contact"),
                c.get("phone"), c.get("region"), c.get("address"), c.get("createdAt")));
        rows.where(predicates(cb, rows, c, query));
        Expression<?> key = switch (sort == null ? SortField.CREATED : sort) {
            case NAME -> c.get("nameKey");
            case REGION -> c.get("region");
            case TYPE -> c.get("type");
            case CREATED -> c.get("createdAt");
        };
        boolean asc = sort == null ? false : ascending;
        Order primary = asc ? cb.asc(key) : cb.desc(key);
        rows.orderBy(primary, asc ? cb.asc(c.get("id")) : cb.desc(c.get("id")));
        TypedQuery<CustomerRow> page = em.createQuery(rows).setFirstResult(first).setMaxResults(size);

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Customer> cc = count.from(Customer.class);
        count.select(cb.count(cc)).where(predicates(cb, count, cc, query));
        return new PageResult<>(page.getResultList(), em.createQuery(count).getSingleResult());
    }

    private static Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> q, Root<Customer> c, CustomerQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query == null) {
            return new Predicate[0];
        }
        if (query.query() != null && !query.query().isBlank()) {
            String text = query.query().strip();
            List<Predicate> any = new ArrayList<>();
            any.add(cb.like(c.get("nameKey"), "%" + escape(Customer.key(text)) + "%", '\\'));
            String digits = PhoneNumber.key(text);
            if (digits != null && digits.length() >= 3 && digits.length() == text.replaceAll("[\\s\\-+()]", "").length()) {
                any.add(cb.like(c.get("phoneKey"), escape(digits) + "%", '\\'));
            }
            Subquery<Long> serial = q.subquery(Long.class);
            Root<InstalledProduct> p = serial.from(InstalledProduct.class);
            serial.select(p.get("customer").get("id")).where(cb.equal(p.get("serialNumber"), text));
            any.add(c.get("id").in(serial));
            where.add(cb.or(any.toArray(Predicate[]::new)));
        }
        if (query.region() != null && !query.region().isBlank()) {
            where.add(cb.equal(c.get("region"), query.region().strip()));
        }
        if (query.type() != null) {
            where.add(cb.equal(c.get("type"), query.type()));
        }
        boolean byModel = query.model() != null && !query.model().isBlank();
        if (byModel || query.purchasedFrom() != null || query.purchasedTo() != null) {
            Subquery<Long> owns = q.subquery(Long.class);
            Root<InstalledProduct> p = owns.from(InstalledProduct.class);
            List<Predicate> product = new ArrayList<>();
            if (byModel) {
                product.add(cb.equal(p.get("model"), query.model().strip()));
            }
            if (query.purchasedFrom() != null) {
                product.add(cb.greaterThanOrEqualTo(p.get("purchaseDate"), query.purchasedFrom()));
            }
            if (query.purchasedTo() != null) {
                product.add(cb.lessThanOrEqualTo(p.get("purchaseDate"), query.purchasedTo()));
            }
            owns.select(p.get("customer").get("id")).where(product.toArray(Predicate[]::new));
            where.add(c.get("id").in(owns));
        }
        return where.toArray(Predicate[]::new);
    }

    /** LIKE wildcards in what people type are literal characters. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
