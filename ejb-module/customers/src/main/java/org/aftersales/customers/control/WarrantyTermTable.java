package org.aftersales.customers.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import org.aftersales.domain.customers.WarrantyTermRule;
import org.aftersales.domain.customers.warranty.WarrantyTerm;
import org.aftersales.support.tx.Remembered;

/**
 * W1: the warranty terms table as this server last read it. Issue 15.1: every registration with a
 * serial number assesses the warranty, and reading the whole table for each was 6 % of a
 * registration's work; the table changes a few times a year. A term saved or removed through
 * {@code WarrantyService} counts at the next assessment after its transaction has ended
 * ({@link Remembered}); a change made elsewhere (SQL by hand, another server) within 15 s.
 */
@ApplicationScoped
public class WarrantyTermTable {

    private final Remembered<Boolean, List<WarrantyTerm>> table = new Remembered<>();

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The terms in the table's order (W1: between equally specific terms the first wins). */
    public List<WarrantyTerm> terms() {
        return table.get(Boolean.TRUE, all -> read());
    }

    /** A term is being saved or removed in the current transaction: the table is read again once it ends. */
    public void changing() {
        table.changing(transactions);
    }

    private List<WarrantyTerm> read() {
        return em
                .createNamedQuery("WarrantyTermRule.all", WarrantyTermRule.class)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultList()
                .stream()
                .map(WarrantyTermRule::term)
                .toList();
    }
}
