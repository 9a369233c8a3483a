package org.aftersales.events.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import org.aftersales.domain.shared.DeadLetter;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.support.JndiNames;

/**
 * Issue 10.18: takes every message off OpenMQ's dead message queue and keeps it as a
 * {@link DeadLetter} for the administrators, in one transaction with the receipt. A retried event
 * that dies again goes back to its own row (matched by the event id) with one more attempt.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.DEAD_MESSAGES),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "10"),
            @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "false")
        })
public class DeadMessageCollector implements MessageListener {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Override
    public void onMessage(Message message) {
        String eventId = property(message, DomainEvent.ID_PROPERTY);
        Instant deadAt = instant(message, "JMS_SUN_DMQ_UNDELIVERED_TIMESTAMP", "JMS_SUN_DMQ_DEAD_BROKER_TIMESTAMP");
        String reason = property(message, "JMS_SUN_DMQ_UNDELIVERED_REASON");
        String error = lastError(message);
        String messageId = messageId(message);
        if (eventId != null) {
            List<DeadLetter> known = em.createNamedQuery("DeadLetter.ofEvent", DeadLetter.class)
                    .setParameter("eventId", eventId)
                    .setParameter("discarded", DeadLetter.State.DISCARDED)
                    .setMaxResults(1)
                    .getResultList();
            if (!known.isEmpty()) {
                known.get(0).diedAgain(messageId, deadAt, reason, error);
                return;
            }
        }
        em.persist(new DeadLetter(
                messageId,
                eventId,
                property(message, DomainEvent.TYPE_PROPERTY),
                property(message, "JMS_SUN_DMQ_DESTINATION"),
                body(message),
                sentAt(message),
                deadAt,
                reason,
                error));
    }

    /**
     * What the broker says of why it gave up besides the reason (kept in its own column and shown in
     * words): its comment and the exception, where given.
     */
    private static String lastError(Message m) {
        StringJoiner text = new StringJoiner(" · ");
        for (String name : List.of("JMS_SUN_DMQ_UNDELIVERED_COMMENT", "JMS_SUN_DMQ_UNDELIVERED_EXCEPTION")) {
            String value = property(m, name);
            if (value != null && !value.isBlank()) {
                text.add(value.strip());
            }
        }
        Integer deliveries = deliveries(m);
        if (deliveries != null) {
            text.add("deliveries=" + deliveries);
        }
        return text.length() == 0 ? null : text.toString();
    }

    private static Integer deliveries(Message m) {
        for (String name : List.of("JMS_SUN_DMQ_DELIVERY_COUNT", "JMSXDeliveryCount")) {
            try {
                if (m.propertyExists(name)) {
                    return m.getIntProperty(name);
                }
            } catch (JMSException | RuntimeException e) {
                // not an integer here: leave it out
            }
        }
        return null;
    }

    private static String body(Message m) {
        try {
            return m instanceof TextMessage text
                    ? text.getText()
                    : "(" + m.getClass().getSimpleName() + ")";
        } catch (JMSException e) {
            return null;
        }
    }

    private static String messageId(Message m) {
        try {
            return m.getJMSMessageID();
        } catch (JMSException e) {
            return null;
        }
    }

    private static Instant sentAt(Message m) {
        try {
            return m.getJMSTimestamp() <= 0 ? null : Instant.ofEpochMilli(m.getJMSTimestamp());
        } catch (JMSException e) {
            return null;
        }
    }

    private static Instant instant(Message m, String... names) {
        for (String name : names) {
            try {
                if (m.propertyExists(name)) {
                    long millis = m.getLongProperty(name);
                    if (millis > 0) {
                        return Instant.ofEpochMilli(millis);
                    }
                }
            } catch (JMSException | RuntimeException e) {
                // another type: try the next
            }
        }
        return Instant.now();
    }

    private static String property(Message m, String name) {
        try {
            Object value = m.getObjectProperty(name);
            return value == null ? null : value.toString();
        } catch (JMSException | RuntimeException e) {
            return null;
        }
    }
}
