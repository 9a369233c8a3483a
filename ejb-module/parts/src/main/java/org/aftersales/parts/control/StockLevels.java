package org.aftersales.parts.control;

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.aftersales.domain.parts.StockLevel;

/**
 * P6: the stock level rows and their locks. Writers lock every row they will change, in one order
 * for everybody — by service point, then part number — before changing any of them: two keepers
 * issuing the last unit are put one after the other (the second sees what the first left), and
 * two slips touching the same parts cannot deadlock.
 */
@Stateless
@PermitAll
public class StockLevels {

    /** A level's key, ordered by service point and part number: the lock order. */
    public record Key(String servicePoint, String partNumber) implements Comparable<Key> {
        private static final Comparator<Key> ORDER =
                Comparator.comparing(Key::servicePoint).thenComparing(Key::partNumber);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Locks the levels of {@code keys} in the lock order for the caller's transaction; missing ones
     * are created first (in transactions of their own) when {@code create} is set, else left out.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Map<Key, StockLevel> lock(SortedSet<Key> keys, boolean create) {
        if (create) {
            ensure(keys);
        }
        Map<Key, StockLevel> locked = new LinkedHashMap<>();
        for (Key key : new TreeSet<>(keys)) {
            find(key).ifPresent(l -> locked.put(key, l));
        }
        return locked;
    }

    /**
     * Creates the missing levels of {@code keys}, each in a transaction of its own and before any
     * lock is taken: the caller's transaction never waits while it holds one.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void ensure(SortedSet<Key> keys) {
        StockLevels self = context.getBusinessObject(StockLevels.class);
        keys.stream().filter(key -> !exists(key)).forEach(key -> self.open(key.servicePoint(), key.partNumber()));
    }

    private boolean exists(Key key) {
        return !em.createNamedQuery("StockLevel.idOfKey", Long.class)
                .setParameter("servicePoint", key.servicePoint())
                .setParameter("partNumber", key.partNumber())
                .getResultList()
                .isEmpty();
    }

    private Optional<StockLevel> find(Key key) {
        return em.createNamedQuery("StockLevel.byKey", StockLevel.class)
                .setParameter("servicePoint", key.servicePoint())
                .setParameter("partNumber", key.partNumber())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Creates an empty level in a transaction of its own, if missing; a concurrent creator wins harmlessly. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String servicePoint, String partNumber) {
        if (exists(new Key(servicePoint, partNumber))) {
            return;
        }
        try {
            em.persist(new StockLevel(servicePoint, partNumber));
            em.flush();
        } catch (PersistenceException e) {
            context.setRollbackOnly(); // created an instant ago by someone else
        }
    }
}
