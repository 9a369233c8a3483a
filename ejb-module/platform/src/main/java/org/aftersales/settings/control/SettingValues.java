package org.aftersales.settings.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import org.aftersales.domain.shared.Setting;
import org.aftersales.support.tx.Remembered;

/**
 * Issue 15.2: the settings' values as this server last read them, so that asking for one (the time
 * zone on every API answer, a list's count limit on every page) is a map look-up instead of two EJB
 * calls, a transaction and an entity look-up. A plain CDI bean, like {@code AccountChanges}.
 *
 * <p>Every change through {@code Settings.change} calls {@link #changing}, so the next question
 * after its transaction has ended reads the value again ({@link Remembered}). The reads bypass the
 * shared entity cache and go to the database, so a change made elsewhere (SQL by hand, another
 * server on the same database) counts within {@code ChangeCheck.RECHECK}, the rule the remembered
 * accounts follow too.
 */
@ApplicationScoped
public class SettingValues {

    private final Remembered<String, String> values = new Remembered<>();

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The setting's value, or {@code fallback} when there is no such setting. */
    public String text(String key, String fallback) {
        String value = values.get(key, this::read);
        return value == null ? fallback : value;
    }

    /** A setting is changing in the current transaction: every value is read again once it ends. */
    public void changing() {
        values.changing(transactions);
    }

    private String read(String key) {
        Setting setting =
                em.find(Setting.class, key, Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
        return setting == null ? null : setting.getValue();
    }
}
