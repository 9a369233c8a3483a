package org.aftersales.quality.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.ProcessedEvent;
import org.aftersales.events.boundary.EventCodec;
import org.aftersales.quality.boundary.QualityEvents;
import org.aftersales.quality.control.FollowUps;
import org.aftersales.quality.control.KpiFacts;
import org.aftersales.support.JndiNames;
import org.aftersales.support.tx.LocalDelivery;
import org.aftersales.tickets.boundary.TicketEvents;

/**
 * Q4, Q5: the quality context's consumer of what other contexts publish — a delivered product (the
 * hand-over's {@code ProductDelivered}) gets its new-customer return visit; a closed ticket
 * ({@code TicketEventRecorded} of type CLOSED) its after-service visit and its satisfaction survey;
 * registered, closed and reopened tickets keep the KPI facts and rollups up to date (Q8, {@link KpiFacts}).
 * Durable subscription, each event handled once ({@link ProcessedEvent}); a failure rolls back and the
 * message is redelivered, then moved to the dead-message queue.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.EVENTS),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "aftersales-quality"),
            @ActivationConfigProperty(propertyName = "clientId", propertyValue = "aftersales-quality"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = "eventType IN ('ProductDelivered', 'TicketEventRecorded', 'TicketRegistered')"),
            @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "3"),
            @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
        })
@TransactionManagement(TransactionManagementType.BEAN) // issue 15: no distributed transaction, see LocalDelivery
public class QualityEventConsumer implements MessageListener {

    static final String CONSUMER = "quality";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private FollowUps followUps;

    @Inject
    private KpiFacts kpis;

    /** Bean-managed: the delivery's database work commits on its own (issue 15). */
    @Resource
    private UserTransaction transaction;

    @Override
    public void onMessage(Message message) {
        LocalDelivery.handle(transaction, () -> handle(message));
    }

    private void handle(Message message) {
        DomainEvent event = EventCodec.decode(message);
        boolean delivered = QualityEvents.PRODUCT_DELIVERED.equals(event.type());
        boolean recorded = TicketEvents.EVENT_RECORDED.equals(event.type());
        boolean closed = recorded && "CLOSED".equals(event.get("type"));
        boolean reopened = recorded && "REOPENED".equals(event.get("type"));
        boolean registered = TicketEvents.REGISTERED.equals(event.type());
        if (!delivered && !closed && !reopened && !registered) {
            return;
        }
        if (em.find(ProcessedEvent.class, ProcessedEvent.keyOf(CONSUMER, event.id())) != null) {
            return;
        }
        em.persist(new ProcessedEvent(event.id(), CONSUMER, Instant.now()));
        em.flush(); // a concurrent duplicate fails here and rolls back
        if (delivered) {
            followUps.delivered(event);
        } else if (registered) {
            kpis.registered(event); // Q8: a repair call makes an earlier repair of the serial a repeat failure
        } else if (reopened) {
            kpis.reopened(event);
        } else {
            kpis.closed(event); // Q8: the ticket's KPI fact and the day's rollups, before its survey
            followUps.closed(event);
        }
    }
}
