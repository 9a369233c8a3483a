package org.aftersales.events.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.OutboxEvent;
import org.aftersales.events.infrastructure.EventRelay;
import org.aftersales.events.infrastructure.RelaySignal;
import org.aftersales.support.tx.AfterCommit;

/**
 * The port through which bounded contexts publish what happened. An event is written to the
 * outbox in the caller's transaction — it exists exactly when the change that caused it commits —
 * and the {@link EventRelay} moves it to the persistent JMS topic right after the commit (and
 * every second for anything left over). The business transaction never waits for the broker, so
 * the locks it holds (a document counter, a stock row) are held for the database work only.
 */
@Stateless
@PermitAll
public class DomainEvents {

    private static final String RELAY_REGISTERED = DomainEvents.class.getName() + ".relay";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private RelaySignal signal;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void publish(DomainEvent event) {
        em.persist(new OutboxEvent(event.id(), event.type(), EventCodec.encode(event), Instant.now()));
        AfterCommit.once(transaction, RELAY_REGISTERED, signal::raise);
    }

    /**
     * Issue 10.18: sends a dead message's event again, as it was (its id, type and payload),
     * through the outbox like every event — once the caller's transaction commits.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void republish(String eventId, String eventType, String payload) {
        em.persist(new OutboxEvent(eventId, eventType, payload, Instant.now()));
        AfterCommit.once(transaction, RELAY_REGISTERED, signal::raise);
    }
}
