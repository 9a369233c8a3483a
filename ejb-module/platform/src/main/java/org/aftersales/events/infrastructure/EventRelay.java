package org.aftersales.events.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.OutboxEvent;
import org.aftersales.support.JndiNames;

/**
 * Moves committed events from the outbox to the JMS events topic: a batch at a time, whose messages
 * are sent (persistent: each stored by the broker before the send returns) and then whose rows are
 * deleted. No event is lost: a row goes only once its message is stored. An event may be sent twice
 * (a crash between the sending and the deleting, or two nodes relaying the same rows): every
 * consumer remembers the events it handled ({@code ProcessedEvent}) and skips it. Triggered right
 * after every commit that wrote events, and every second by a timer for whatever a crash or a busy
 * relay left behind.
 *
 * <p>Issue 15: no distributed transaction spans the outbox and the broker. One did until
 * 2026-12-07 (the rows and the JMS session, two-phase commit): it wrote Payara's transaction log,
 * whose file handles Payara 6.2025.9 never frees (payara/Payara#7849, see {@code LocalDelivery}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class EventRelay {

    /** OpenMQ allows 1 000 messages in one transaction. */
    static final int BATCH = 200;
    /** Batches per run, so one run never holds the relay for long. */
    private static final int MAX_BATCHES = 50;

    /** How long the worker waits for a signal before it looks whether it should stop. */
    private static final Duration WAKE_UP = Duration.ofSeconds(1);

    /**
     * Issue 15.1: how long the worker lets further commits arrive once one has raised the signal.
     * Relayed one event at a time (then each in a distributed transaction), 130 registrations a
     * second kept the relay at a quarter of the server's CPU. Waiting 20 ms puts the events of busy
     * moments into one batch (one read, one delete); an event leaves at most 20 ms later.
     */
    static final Duration GATHER = Duration.ofMillis(20);

    private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /**
     * A context per batch (a pooled connection): the injected JMSContext needs a transaction or a
     * request to live in, and the relay sends outside both.
     */
    @Resource(lookup = JndiNames.CONNECTION_FACTORY)
    private ConnectionFactory connections;

    @Resource(lookup = JndiNames.EVENTS)
    private Topic topic;

    @Resource
    private SessionContext context;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private RelaySignal signal;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;
    private Thread worker;
    private final AtomicBoolean again = new AtomicBoolean();

    /**
     * Issue 15.1: one long-lived worker relays right after the commits that raise the
     * {@link RelaySignal} — the events leave at once (after {@link #GATHER}), without a managed task
     * per commit.
     */
    @PostConstruct
    void startWorker() {
        EventRelay self = context.getBusinessObject(EventRelay.class);
        worker = threads.newThread(() -> {
            while (!stopping) {
                try {
                    if (signal.await(WAKE_UP, GATHER)) {
                        self.relayNow();
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) { // the application is going away, or a passing failure: the sweep goes on
                    if (!stopping) {
                        LOG.log(Level.FINE, "Event relay worker: " + e, e);
                    }
                }
            }
        });
        worker.setName("aftersales-event-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @PreDestroy
    void stopWorker() {
        stopping = true;
        worker.interrupt();
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "event relay sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        relayNow();
    }

    /** Relays what is in the outbox; a call while a run is going on makes that run look again. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void relayNow() {
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            EventRelay self = context.getBusinessObject(EventRelay.class);
            while (again.getAndSet(false)) {
                for (int i = 0; i < MAX_BATCHES && self.relayBatch() == BATCH; i++) {
                    // full batch: there may be more
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Event relay stopped; the next sweep goes on", e);
        } finally {
            running.set(false);
        }
    }

    /**
     * One batch, oldest first: sent, then deleted in a transaction of its own; returns how many rows
     * were looked at. A failure while sending leaves the batch's rows for the next run.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int relayBatch() {
        List<OutboxEvent> batch = em.createNamedQuery("OutboxEvent.oldestFirst", OutboxEvent.class)
                .setMaxResults(BATCH)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        try (JMSContext jms = connections.createContext()) {
            for (OutboxEvent event : batch) {
                send(jms, event);
            }
        }
        context.getBusinessObject(EventRelay.class)
                .remove(batch.stream().map(OutboxEvent::getId).toList());
        return batch.size();
    }

    /** Deletes the rows of events the broker has stored. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remove(List<Long> ids) {
        em.createNamedQuery("OutboxEvent.remove").setParameter("ids", ids).executeUpdate();
    }

    private void send(JMSContext jms, OutboxEvent event) {
        try {
            TextMessage message = jms.createTextMessage(event.getPayload());
            message.setStringProperty(DomainEvent.TYPE_PROPERTY, event.getEventType());
            message.setStringProperty(DomainEvent.ID_PROPERTY, event.getEventId());
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(topic, message);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
