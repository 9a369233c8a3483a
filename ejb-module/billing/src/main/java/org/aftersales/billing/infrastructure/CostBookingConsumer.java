package org.aftersales.billing.infrastructure;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.aftersales.billing.boundary.CostAccounting;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.events.boundary.EventCodec;
import org.aftersales.support.JndiNames;
import org.aftersales.tickets.boundary.TicketEvents;

/**
 * B5: books a ticket's actual cost when it is resolved, and again when it is closed (parts used and
 * hours may have been corrected in between) — {@code TicketEventRecorded} of type RESOLVED or CLOSED.
 * A booking is an idempotent upsert (the budget's warnings are given once by the budget's flags), so a
 * redelivered event does no harm. Durable subscription. An event has no caller: the consumer runs as
 * ADMIN under the principal COST-ACCOUNTING ({@code META-INF/glassfish-ejb-jar.xml}), which no account
 * can be called.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.EVENTS),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "aftersales-billing-costs"),
            @ActivationConfigProperty(propertyName = "clientId", propertyValue = "aftersales-billing-costs"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = "eventType = 'TicketEventRecorded'"),
            @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "3"),
            @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
        })
@RunAs(Roles.ADMIN)
public class CostBookingConsumer implements MessageListener {

    @EJB
    private CostAccounting costs;

    @Override
    public void onMessage(Message message) {
        DomainEvent event = EventCodec.decode(message);
        if (!TicketEvents.EVENT_RECORDED.equals(event.type())) {
            return;
        }
        String type = event.get("type");
        if (!"RESOLVED".equals(type) && !"CLOSED".equals(type)) {
            return;
        }
        String number = event.get("number");
        if (number != null) {
            costs.book(number);
        }
    }
}
