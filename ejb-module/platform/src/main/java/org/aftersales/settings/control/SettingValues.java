package org.aftersales.settings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.domain.shared.Setting;
import org.aftersales.support.tx.ChangeCheck;
import org.aftersales.support.tx.ChangeCount;

/**
 * Issue 15.2: the settings' values as this server last read them, so that asking for one (the time
 * zone on every API answer, a list's count limit on every page) is a map look-up instead of two EJB
 * calls, a transaction and an entity look-up. A plain CDI bean, like {@code AccountChanges}.
 *
 * <p>A value is remembered with the number of changes made when it was read. Every change through
 * {@code Settings.change} moves the number when its transaction ends ({@link #changing}), so the next
 * question reads the value again. The reads bypass the shared entity cache and go to the database:
 * a value read before a change committed carries a number the change then moves past, and one read
 * after it is the new value. A change made elsewhere (SQL by hand, another server on the same
 * database) counts within {@link ChangeCheck#RECHECK}, the rule the remembered accounts follow too.
 */
@ApplicationScoped
public class SettingValues {

    private record Read(String value, ChangeCheck checked) {}

    private final ChangeCount changes = new ChangeCount();
    private final Map<String, Read> values = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The setting's value, or {@code fallback} when there is no such setting. */
    public String text(String key, String fallback) {
        long current = changes.current();
        Read read = values.get(key);
        if (read == null || !read.checked().current(current)) {
            Setting setting = em.find(
                    Setting.class, key, Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
            read = new Read(setting == null ? null : setting.getValue(), ChangeCheck.at(current));
            values.put(key, read);
        }
        return read.value() == null ? fallback : read.value();
    }

    /** A setting is changing in the current transaction: every value is read again once it ends. */
    public void changing() {
        changes.movesAtEndOf(transactions);
    }
}
