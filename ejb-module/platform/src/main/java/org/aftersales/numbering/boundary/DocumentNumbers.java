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
import org.aftersales.domain.numbering.DocumentNumber;

/**
 * T10: the numbering service every document uses (tickets, slips, complaints). {@link #next} runs
 * in the caller's transaction and locks the department's counter for the month until it ends:
 * numbers are gap-free and never repeated, and documents of one department and month are numbered
 * one after another (other departments and months do not wait).
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
    public DocumentNumber next(String department, YearMonth month) {
        String key = DocumentNumber.counterKey(department, month);
        if (!OPENED.contains(key)) {
            // made sure of outside the caller's transaction, which must not lock a row that is not there yet
            context.getBusinessObject(DocumentNumbers.class).open(department, month);
            OPENED.add(key);
        }
        return em.find(DocumentCounter.class, key, LockModeType.PESSIMISTIC_WRITE).draw(department, month);
    }

    /** Creates the month's counter in a transaction of its own, if missing; a concurrent creator wins harmlessly. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String department, YearMonth month) {
        if (em.find(DocumentCounter.class, DocumentNumber.counterKey(department, month)) != null) {
            return;
        }
        try {
            em.persist(new DocumentCounter(department, month));
            em.flush();
        } catch (PersistenceException e) {
            context.setRollbackOnly(); // it exists already: someone opened it an instant ago
        }
    }
}
