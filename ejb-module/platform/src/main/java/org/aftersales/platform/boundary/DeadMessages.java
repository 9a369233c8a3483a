package org.aftersales.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.aftersales.domain.account.Roles;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.support.JndiNames;

/**
 * The messages no consumer could handle after the redelivery limit: OpenMQ's dead message queue,
 * browsed (never consumed) for the administrators' screen.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DeadMessages {

    private static final int BODY_EXCERPT = 500;

    @Inject
    @JMSConnectionFactory(JndiNames.CONNECTION_FACTORY)
    private JMSContext jms;

    @Resource(lookup = JndiNames.DEAD_MESSAGES)
    private Queue deadMessages;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<DeadMessage> list(int max) {
        List<DeadMessage> result = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(deadMessages)) {
            @SuppressWarnings("unchecked")
            Enumeration<Message> messages = browser.getEnumeration();
            for (Message m : Collections.list(messages)) {
                if (result.size() >= max) {
                    break;
                }
                result.add(DeadMessage.of(m));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("The dead message queue cannot be read", e);
        }
        return result;
    }

    public record DeadMessage(String messageId, Instant sentAt, Instant deadAt, String eventType, String eventId,
            String reason, String destination, String body) implements Serializable {

        static DeadMessage of(Message m) throws JMSException {
            String body = m instanceof TextMessage text ? text.getText() : "(" + m.getClass().getSimpleName() + ")";
            if (body != null && body.length() > BODY_EXCERPT) {
                body = body.substring(0, BODY_EXCERPT) + "…";
            }
            return new DeadMessage(m.getJMSMessageID(), instant(m.getJMSTimestamp()),
                    instant(longProperty(m, "JMS_SUN_DMQ_DEAD_BROKER_TIMESTAMP")),
                    m.getStringProperty(DomainEvent.TYPE_PROPERTY), m.getStringProperty(DomainEvent.ID_PROPERTY),
                    stringProperty(m, "JMS_SUN_DMQ_UNDELIVERED_REASON"),
                    stringProperty(m, "JMS_SUN_DMQ_DESTINATION"), body);
        }

        private static Instant instant(long millis) {
            return millis <= 0 ? null : Instant.ofEpochMilli(millis);
        }

        private static long longProperty(Message m, String name) {
            try {
                return m.propertyExists(name) ? m.getLongProperty(name) : 0L;
            } catch (JMSException | RuntimeException e) {
                return 0L;
            }
        }

        private static String stringProperty(Message m, String name) {
            try {
                Object value = m.getObjectProperty(name);
                return value == null ? null : value.toString();
            } catch (JMSException e) {
                return null;
            }
        }
    }
}
