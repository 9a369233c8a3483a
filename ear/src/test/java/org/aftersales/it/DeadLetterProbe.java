package org.aftersales.it;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A consumer of the events topic deployed by {@link DeadMessagesIT} beside the application: it
 * refuses the probe events it is told to (so they end as dead messages, like a consumer that fails)
 * and counts the deliveries of the others. Non-durable, so nothing of it stays in the broker.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/aftersales/Events"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = "eventType LIKE 'DeadLetterProbe%'"),
            @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "3"),
            @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
        })
public class DeadLetterProbe implements MessageListener {

    static final Set<String> FAILING = ConcurrentHashMap.newKeySet();
    static final Map<String, AtomicInteger> DELIVERED = new ConcurrentHashMap<>();

    @Override
    public void onMessage(Message message) {
        String id;
        try {
            id = message.getStringProperty("eventId");
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        if (FAILING.contains(id)) {
            throw new IllegalStateException("the probe refuses event " + id);
        }
        DELIVERED.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }
}
