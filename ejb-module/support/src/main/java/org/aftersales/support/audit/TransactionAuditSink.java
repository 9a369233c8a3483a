package org.aftersales.support.audit;

import java.util.Optional;
import org.aftersales.domain.shared.AuditEntry;
import org.aftersales.domain.shared.AuditSink;

/** The domain's {@link AuditSink}: the audit buffer of the running JTA transaction. */
public class TransactionAuditSink implements AuditSink {

    @Override
    public Optional<String> actor() {
        return AuditBuffer.current().map(AuditBuffer::actor);
    }

    @Override
    public boolean add(AuditEntry entry) {
        Optional<AuditBuffer> buffer = AuditBuffer.current();
        buffer.ifPresent(b -> b.add(entry));
        return buffer.isPresent();
    }
}
