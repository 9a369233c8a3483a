package org.aftersales.parts.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import org.aftersales.domain.parts.ServicePoint;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.ProcessedEvent;
import org.aftersales.events.boundary.EventCodec;
import org.aftersales.notifications.boundary.NotificationService;
import org.aftersales.parts.boundary.StockEvents;
import org.aftersales.support.JndiNames;
import org.aftersales.support.tx.LocalDelivery;

/**
 * P6: tells the keepers of a service point (in the app, pushed to their open pages) that a part's
 * stock fell below its minimum. Durable subscription; each event handled once ({@link ProcessedEvent});
 * a failure rolls back and the message is redelivered, then moved to the dead-message queue.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.EVENTS),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "aftersales-parts"),
            @ActivationConfigProperty(propertyName = "clientId", propertyValue = "aftersales-parts"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = "eventType = 'StockBelowMinimum'"),
            @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "3"),
            @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
        })
@TransactionManagement(TransactionManagementType.BEAN) // issue 15: no distributed transaction, see LocalDelivery
public class StockNotifier implements MessageListener {

    static final String CONSUMER = "parts";
    static final String MESSAGE = "notification.stockBelowMinimum";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    /** Bean-managed: the delivery's database work commits on its own (issue 15). */
    @Resource
    private UserTransaction transaction;

    @Override
    public void onMessage(Message message) {
        LocalDelivery.handle(transaction, () -> handle(message));
    }

    private void handle(Message message) {
        DomainEvent event = EventCodec.decode(message);
        if (!StockEvents.BELOW_MINIMUM.equals(event.type())
                || em.find(ProcessedEvent.class, ProcessedEvent.keyOf(CONSUMER, event.id())) != null) {
            return;
        }
        em.persist(new ProcessedEvent(event.id(), CONSUMER, Instant.now()));
        em.flush(); // a concurrent duplicate fails here and rolls back
        List<String> keepers = em.createNamedQuery("ServicePoint.byCode", ServicePoint.class)
                .setParameter("code", event.get("servicePoint"))
                .getResultStream()
                .findFirst()
                .map(ServicePoint::getKeepers)
                .orElse(List.of());
        notifications.notifyUsers(
                keepers,
                MESSAGE,
                List.of(
                        event.get("servicePoint"),
                        event.get("partNumber"),
                        String.valueOf(event.get("onHand")),
                        String.valueOf(event.get("minimum"))),
                event.id());
    }
}
