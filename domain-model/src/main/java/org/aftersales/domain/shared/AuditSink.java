package org.aftersales.domain.shared;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Where {@link AuditListener} puts the audit entries of a change: the running transaction's buffer,
 * which the application's interceptor stores before commit. The domain only names this port; the
 * support library provides it (as a {@link ServiceLoader} service), so the entity model needs no
 * EJB, JTA or JNDI. Without a provider (plain unit tests) nothing is audited.
 */
public interface AuditSink {

    /** The user the current audited transaction runs for, if one is open. */
    Optional<String> actor();

    /** Adds the entry to the current audited transaction; false when none is open. */
    boolean add(AuditEntry entry);

    /** The provider on the class path, or one that records nothing. */
    static AuditSink installed() {
        return ServiceLoader.load(AuditSink.class, AuditSink.class.getClassLoader())
                .findFirst()
                .orElse(new AuditSink() {
                    @Override
                    public Optional<String> actor() {
                        return Optional.empty();
                    }

                    @Override
                    public boolean add(AuditEntry entry) {
                        return false;
                    }
                });
    }
}
