package org.aftersales.quality.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
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
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.ProcessedEvent;
import org.aftersales.events.boundary.EventCodec;
import org.aftersales.mail.boundary.MailOutbox;
import org.aftersales.notifications.boundary.NotificationService;
import org.aftersales.quality.boundary.QualityEvents;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.support.JndiNames;
import org.aftersales.support.tx.LocalDelivery;

/**
 * Q1: tells the complaint's owner and every QUALITY user that a promised reply is near or was missed —
 * in the app and, for an account with an address, by e-mail queued in the {@link MailOutbox} in the
 * same transaction. Durable subscription, each event handled once ({@link ProcessedEvent}).
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.EVENTS),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "aftersales-quality-notices"),
            @ActivationConfigProperty(propertyName = "clientId", propertyValue = "aftersales-quality-notices"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = "eventType IN ('ComplaintReplyNear', 'ComplaintReplyMissed')"),
            @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "3"),
            @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
        })
@TransactionManagement(TransactionManagementType.BEAN) // issue 15: no distributed transaction, see LocalDelivery
public class QualityNotifier implements MessageListener {

    static final String CONSUMER = "quality-notices";
    private static final String MAIL_BUNDLE = "org.aftersales.quality.mail";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private NotificationService notifications;

    @EJB
    private UserService users;

    @EJB
    private MailOutbox outbox;

    /** Bean-managed: the delivery's database work commits on its own (issue 15). */
    @Resource
    private UserTransaction transaction;

    @Override
    public void onMessage(Message message) {
        LocalDelivery.handle(transaction, () -> handle(message));
    }

    private void handle(Message message) {
        DomainEvent event = EventCodec.decode(message);
        String key;
        switch (event.type()) {
            case QualityEvents.REPLY_NEAR -> key = "notification.complaintReplyNear";
            case QualityEvents.REPLY_MISSED -> key = "notification.complaintReplyMissed";
            default -> {
                return;
            }
        }
        if (em.find(ProcessedEvent.class, ProcessedEvent.keyOf(CONSUMER, event.id())) != null) {
            return;
        }
        em.persist(new ProcessedEvent(event.id(), CONSUMER, Instant.now()));
        em.flush(); // a concurrent duplicate fails here and rolls back
        Set<String> recipients = new LinkedHashSet<>();
        if (event.get("owner") != null) {
            recipients.add(event.get("owner"));
        }
        users.staffWith(Role.QUALITY).stream().map(StaffMember::username).forEach(recipients::add);
        List<String> args = List.of(
                event.get("number"),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(Instant.parse(event.get("replyBy")).atZone(calendar.zone())));
        notifications.notifyUsers(recipients, key, args, event.id());
        for (String username : recipients) {
            users.staffMember(username)
                    .filter(s -> s.email() != null && !s.email().isBlank())
                    .ifPresent(s -> outbox.queueFor(s, MAIL_BUNDLE, getClass().getClassLoader(), key, args));
        }
    }
}
