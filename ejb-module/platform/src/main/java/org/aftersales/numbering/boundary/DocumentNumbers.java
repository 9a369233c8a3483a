package org.aftersales.numbering.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.domain.numbering.DocumentCounter;
import org.aftersales.domain.numbering.DocumentKind;
import org.aftersales.domain.numbering.DocumentNumber;

/**
 * T10: the numbering service every document uses (tickets, slips, sales, stock-takes, dealer
 * returns). Each {@link DocumentKind} has its own series per department and month. {@link #next}
 * runs in the caller's transaction and locks that series' counter until it ends: numbers are
 * gap-free and never repeated, and documents of one series are numbered one after another (other
 * kinds, departments and months do not wait).
 */
@Stateless
@PermitAll
public class DocumentNumbers {

    /** Counters known to exist (they are never deleted), so drawing a number usually costs one locked read. */
    private static final Set<String> OPENED = ConcurrentHashMap.newKeySet();

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public DocumentNumber next(DocumentKind kind, String department, YearMonth month) {
        String key = DocumentNumber.counterKey(kind, department, month);
        if (!OPENED.contains(key)) {
            // made sure of outside the caller's transaction, which must not lock a row that is not there yet
            context.getBusinessObject(DocumentNumbers.class).open(kind, department, month);
            OPENED.add(key);
        }
        return em.find(DocumentCounter.class, key, LockModeType.PESSIMISTIC_WRITE)
                .draw(kind, department, month);
    }

    /** Creates the month's counter in a transaction of its own, if missing; a concurrent creator wins harmlessly. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(DocumentKind kind, String department, YearMonth month) {
        if (em.find(DocumentCounter.class, DocumentNumber.counterKey(kind, department, month)) != null) {
            return;
        }
        try {
            em.persist(new DocumentCounter(kind, department, month));
            em.flush();
        } catch (PersistenceException e) {
            context.setRollbackOnly(); // it exists already: someone opened it an instant ago
        }
    }
}
