package org.aftersales.support.audit;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.aftersales.domain.shared.AuditEntry;

/**
 * The audit entries of one transaction that are not yet stored, and the actor the transaction
 * runs for. Kept as a resource of the JTA transaction so that the entity listener (which must not
 * use the EntityManager) and {@link AuditInterceptor} (which stores them) meet without state of
 * their own.
 */
final class AuditBuffer {

    private static final String TSR = "java:comp/TransactionSynchronizationRegistry";

    private final String actor;
    private final List<AuditEntry> pending = new ArrayList<>();

    private AuditBuffer(String actor) {
        this.actor = actor;
    }

    String actor() {
        return actor;
    }

    void add(AuditEntry entry) {
        pending.add(entry);
    }

    List<AuditEntry> drain() {
        List<AuditEntry> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }

    /** The buffer of the current transaction, if one was opened. */
    static Optional<AuditBuffer> current() {
        TransactionSynchronizationRegistry tsr = registry();
        if (tsr == null || tsr.getTransactionKey() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((AuditBuffer) tsr.getResource(AuditBuffer.class));
    }

    /** Opens the buffer of the current transaction; empty when there is no transaction or it has one already. */
    static Optional<AuditBuffer> open(TransactionSynchronizationRegistry tsr, String actor) {
        if (tsr.getTransactionKey() == null || tsr.getResource(AuditBuffer.class) != null) {
            return Optional.empty();
        }
        AuditBuffer buffer = new AuditBuffer(actor);
        tsr.putResource(AuditBuffer.class, buffer);
        return Optional.of(buffer);
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(TSR);
        } catch (NamingException e) {
            return null;
        }
    }
}
