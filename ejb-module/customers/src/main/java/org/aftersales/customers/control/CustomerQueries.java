package org.aftersales.customers.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.customers.Customer;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.OperatingHoursReading;
import org.aftersales.domain.customers.ProductRegistration;
import org.aftersales.domain.customers.ServiceContract;
import org.aftersales.support.query.Listing;

/** The customers context's lookups: customers that look alike, a customer's products and contracts, a product's history. */
@Dependent
public class CustomerQueries {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /** C1: customers with this phone (its digits), a partner's own only; oldest first. */
    public List<Customer> withPhone(String phoneKey, Optional<String> partner, int max) {
        return Listing.of(em, Customer.class)
                .where((cb, c) -> {
                    var where = new ArrayList<>(List.of(cb.equal(c.get("phoneKey"), phoneKey)));
                    partner.ifPresent(p -> where.add(cb.equal(c.get("partner"), p)));
                    return where;
                })
                .idAscending()
                .page(0, max)
                .items();
    }

    /** C1: customers with this name at this address (both as keys), a partner's own only; oldest first. */
    public List<Customer> withNameAndAddress(String nameKey, String addressKey, Optional<String> partner, int max) {
        return Listing.of(em, Customer.class)
                .where((cb, c) -> {
                    var where = new ArrayList<>(
                            List.of(cb.equal(c.get("nameKey"), nameKey), cb.equal(c.get("addressKey"), addressKey)));
                    partner.ifPresent(p -> where.add(cb.equal(c.get("partner"), p)));
                    return where;
                })
                .idAscending()
                .page(0, max)
                .items();
    }

    /** C2: the customers a hand-over row names (same phone and name), oldest first. */
    public List<Customer> withPhoneAndName(String phoneKey, String nameKey) {
        return em.createQuery(
                        "SELECT c FROM Customer c WHERE c.phoneKey = :phone AND c.nameKey = :name ORDER BY c.id",
                        Customer.class)
                .setParameter("phone", phoneKey)
                .setParameter("name", nameKey)
                .getResultList();
    }

    /** C3: the customer's products, oldest first. */
    public List<InstalledProduct> productsOf(long customerId) {
        return em.createQuery(
                        "SELECT p FROM InstalledProduct p JOIN FETCH p.customer WHERE p.customer.id = :id "
                                + "ORDER BY p.id",
                        InstalledProduct.class)
                .setParameter("id", customerId)
                .getResultList();
    }

    /** C5: a product of this customer, if the serial number is one. */
    public Optional<InstalledProduct> productOf(String serialNumber, long customerId) {
        return em.createQuery(
                        "SELECT p FROM InstalledProduct p WHERE p.serialNumber = :s AND p.customer.id = :c",
                        InstalledProduct.class)
                .setParameter("s", serialNumber)
                .setParameter("c", customerId)
                .getResultStream()
                .findFirst();
    }

    /** C4: the registration forms of a product, newest first. */
    public List<ProductRegistration> registrations(String serialNumber) {
        return em.createQuery(
                        "SELECT r FROM ProductRegistration r WHERE r.product.serialNumber = :s ORDER BY r.id DESC",
                        ProductRegistration.class)
                .setParameter("s", serialNumber)
                .getResultList();
    }

    /** C3, M1: the operating-hours readings of a product, newest first. */
    public List<OperatingHoursReading> readings(String serialNumber, int max) {
        return em.createQuery(
                        "SELECT r FROM OperatingHoursReading r WHERE r.product.serialNumber = :s "
                                + "ORDER BY r.readOn DESC, r.id DESC",
                        OperatingHoursReading.class)
                .setParameter("s", serialNumber)
                .setMaxResults(max)
                .getResultList();
    }

    /** C5: a contract by its number, with its customer. */
    public Optional<ServiceContract> contract(String number) {
        return em.createQuery(
                        "SELECT c FROM ServiceContract c JOIN FETCH c.customer WHERE c.number = :n",
                        ServiceContract.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    /** C5: the customer's contracts, the latest ending first. */
    public List<ServiceContract> contractsOf(long customerId) {
        return em.createQuery(
                        "SELECT c FROM ServiceContract c JOIN FETCH c.customer WHERE c.customer.id = :id "
                                + "ORDER BY c.end DESC",
                        ServiceContract.class)
                .setParameter("id", customerId)
                .getResultList();
    }

    /** C5: contracts that end between the two dates, soonest first. */
    public List<ServiceContract> ending(LocalDate from, LocalDate until, int max) {
        return em.createQuery(
                        "SELECT c FROM ServiceContract c JOIN FETCH c.customer WHERE c.end >= :today "
                                + "AND c.end <= :until ORDER BY c.end",
                        ServiceContract.class)
                .setParameter("today", from)
                .setParameter("until", until)
                .setMaxResults(max)
                .getResultList();
    }
}
