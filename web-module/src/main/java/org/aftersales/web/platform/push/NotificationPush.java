package org.aftersales.web.platform.push;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.events.boundary.EventCodec;
import org.aftersales.notifications.boundary.NotificationService;
import org.aftersales.support.JndiNames;

/**
 * Pushes "you have something new" to the open pages of the users just notified (Faces websocket,
 * channel {@code notify}, see the layout). A non-durable subscription on every node: each node
 * pushes to the sessions it holds; a page that was closed simply shows the count when next opened.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.EVENTS),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "eventType = 'UsersNotified'")
        })
public class NotificationPush implements MessageListener {

    @Inject
    @Push(channel = "notify")
    private PushContext push;

    @Override
    public void onMessage(Message message) {
        DomainEvent event = EventCodec.decode(message);
        if (!NotificationService.NOTIFIED.equals(event.type()) || event.get("recipients") == null) {
            return;
        }
        Set<String> users = Arrays.stream(event.get("recipients").split(","))
                .filter(s -> !s.isBlank())
                .collect(Collectors.toSet());
        push.send("new", users);
    }
}
