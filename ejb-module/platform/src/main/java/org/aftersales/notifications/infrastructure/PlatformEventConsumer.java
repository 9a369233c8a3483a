package org.aftersales.notifications.infrastructure;

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
import java.util.logging.Logger;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.ProcessedEvent;
import org.aftersales.events.boundary.EventCodec;
import org.aftersales.notifications.boundary.NotificationService;
import org.aftersales.support.JndiNames;
import org.aftersales.support.tx.LocalDelivery;

/**
 * The platform's consumer of the events topic: turns {@code AccountLocked} into a notification for
 * every administrator. A durable subscription keeps events published while the application is
 * down; each event is handled at most once ({@link ProcessedEvent}); a message that keeps failing
 * is redelivered a limited number of times and then moved to the dead-message queue, where an
 * administrator sees it.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.EVENTS),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "aftersales-platform"),
            @ActivationConfigProperty(propertyName = "clientId", propertyValue = "aftersales-platform"),
            // issue 15.1: only the events it handles; without a selector every event of every context
            // (each registration's too) was delivered here in a distributed transaction, to be ignored
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = "eventType = '" + UserService.ACCOUNT_LOCKED + "'"),
            @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "3"),
            @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
        })
@TransactionManagement(TransactionManagementType.BEAN) // issue 15: no distributed transaction, see LocalDelivery
public class PlatformEventConsumer implements MessageListener {

    static final String CONSUMER = "platform";
    private static final Logger LOG = Logger.getLogger(PlatformEventConsumer.class.getName());

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
        if (!UserService.ACCOUNT_LOCKED.equals(event.type())) {
            return; // another context's event: nothing to do here, nothing to remember
        }
        if (em.find(ProcessedEvent.class, ProcessedEvent.keyOf(CONSUMER, event.id())) != null) {
            LOG.fine(() -> "Event " + event.id() + " already handled");
            return;
        }
        em.persist(new ProcessedEvent(event.id(), CONSUMER, Instant.now()));
        em.flush(); // a concurrent duplicate fails here and rolls back
        // issue 10.4: the lock is temporary; its minutes are the third argument (events from before: "?")
        String minutes = event.get("lockMinutes") == null ? "?" : String.valueOf(event.get("lockMinutes"));
        notifications.notifyRole(
                Role.ADMIN,
                "notification.accountLocked",
                List.of(event.get("username"), String.valueOf(event.get("failedLogins")), minutes),
                event.id());
    }
}
