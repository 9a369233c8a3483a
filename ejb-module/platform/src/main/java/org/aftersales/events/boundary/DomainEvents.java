package org.aftersales.events.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import org.aftersales.domain.shared.DomainEvent;

/**
 * The port through which bounded contexts publish what happened. Messages are persistent and
 * sent in the caller's transaction: an event is delivered only when the change that caused it
 * commits, and it survives a server restart.
 */
@Stateless
@PermitAll
public class DomainEvents {

    public static final String TYPE_PROPERTY = "eventType";
    public static final String ID_PROPERTY = "eventId";

    @Inject
    @JMSConnectionFactory("jms/aftersales/ConnectionFactory")
    private JMSContext jms;

    @Resource(lookup = "jms/aftersales/Events")
    private Topic topic;

    public void publish(DomainEvent event) {
        TextMessage message = jms.createTextMessage(EventCodec.encode(event));
        try {
            message.setStringProperty(TYPE_PROPERTY, event.type());
            message.setStringProperty(ID_PROPERTY, event.id());
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(topic, message);
    }
}
