package org.aftersales.approvals.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.aftersales.domain.approvals.ApprovalKind;

/**
 * Which context reacts to which kind of approval. A context registers its handler when it starts
 * (a {@code @Startup} bean of its own); the approvals boundary calls it when a request ends.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ApprovalHandlers {

    private static final Logger LOG = Logger.getLogger(ApprovalHandlers.class.getName());

    private final Map<ApprovalKind, ApprovalHandler> handlers = new ConcurrentHashMap<>();

    public void register(ApprovalKind kind, ApprovalHandler handler) {
        handlers.put(kind, handler);
        LOG.fine(() -> "Approvals of kind " + kind + " are handled by " + handler);
    }

    public Optional<ApprovalHandler> of(ApprovalKind kind) {
        return Optional.ofNullable(handlers.get(kind));
    }
}
