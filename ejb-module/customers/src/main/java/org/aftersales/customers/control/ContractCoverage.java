package org.aftersales.customers.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.customers.InstalledProduct;
import org.aftersales.domain.customers.ServiceContract;

/** C5: the contracts in force on a date that cover a product, the one ending last first. */
@Dependent
public class ContractCoverage {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public List<ServiceContract> covering(InstalledProduct product, LocalDate date) {
        return em
                .createQuery(
                        "SELECT c FROM ServiceContract c WHERE c.customer.id = :customer AND c.start <= :date "
                                + "AND c.end >= :date ORDER BY c.end DESC",
                        ServiceContract.class)
                .setParameter("customer", product.getCustomer().getId())
                .setParameter("date", date)
                .getResultList()
                .stream()
                .filter(c -> c.covers(product, date))
                .toList();
    }
}
