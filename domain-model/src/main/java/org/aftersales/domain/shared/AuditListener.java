package org.aftersales.domain.shared;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Stamps the audit columns and records every change of an {@link AuditedEntity} in the
 * transaction's {@link AuditSink}; the application's audit interceptor stores the entries before commit.
 */
public class AuditListener {

    /** The actor of changes made outside any user's call (timers, message consumers). */
    public static final String SYSTEM = "system";

    private static final AuditSink SINK = AuditSink.installed();
    private static final Logger LOG = Logger.getLogger(AuditListener.class.getName());

    private final Clock clock = Clock.systemUTC();

    @PostLoad
    void loaded(AuditedEntity entity) {
        entity.rememberLoadedState();
    }

    @PrePersist
    void creating(AuditedEntity entity) {
        entity.stampCreated(actor(), Instant.now(clock));
    }

    @PreUpdate
    void updating(AuditedEntity entity) {
        entity.stampUpdated(actor(), Instant.now(clock));
    }

    @PostPersist
    void created(AuditedEntity entity) {
        record(entity, AuditEntry.Action.CREATE, null, entity.currentAuditState());
        entity.rememberLoadedState();
    }

    @PostUpdate
    void updated(AuditedEntity entity) {
        Map<String, String> before = entity.loadedAuditState();
        Map<String, String> after = entity.currentAuditState();
        if (before != null && before.equals(after)) {
            return; // only audit columns or unaudited fields changed
        }
        record(entity, AuditEntry.Action.UPDATE, before, after);
        entity.rememberLoadedState();
    }

    @PostRemove
    void removed(AuditedEntity entity) {
        record(entity, AuditEntry.Action.DELETE, entity.loadedAuditState(), null);
    }

    private static String actor() {
        return SINK.actor().orElse(SYSTEM);
    }

    private void record(
            AuditedEntity entity, AuditEntry.Action action, Map<String, String> before, Map<String, String> after) {
        AuditEntry entry = new AuditEntry(
                Instant.now(clock),
                actor(),
                action,
                entity.auditType(),
                String.valueOf(entity.getId()),
                render(before),
                render(after));
        if (!SINK.add(entry)) {
            LOG.warning(() -> "Change of " + entity.auditType() + " " + entity.getId()
                    + " outside an audited transaction: not in the audit log");
        }
    }

    /** A stable, readable rendering: {@code key=value} lines in key order. */
    static String render(Map<String, String> state) {
        if (state == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(state)
                .forEach((key, value) -> text.append(key)
                        .append('=')
                        .append(value == null ? "" : value.replace("\n", "\\n"))
                        .append('\n'));
        return text.toString();
    }
}
