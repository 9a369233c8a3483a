package org.aftersales.tickets.infrastructure;

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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
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
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.support.JndiNames;
import org.aftersales.support.tx.LocalDelivery;
import org.aftersales.tickets.boundary.TicketEvents;

/**
 * T4, T5: the tickets context's consumer of the events topic. SLA alerts go to the ticket's
 * dispatcher (or every dispatcher while nobody has dispatched it) and every manager; a major fault
 * goes at once to the general manager(s) ({@code tickets.general-manager}, else every manager); a
 * dispatch goes to the technician. Each recipient gets an in-app notification (pushed to open
 * pages) and, when the account has an address, an e-mail queued in the same transaction in the
 * {@link MailOutbox} — sent afterwards with retries, so a mail server that is down or absent never
 * loses or delays the notification. Durable subscription, each event handled once
 * ({@link ProcessedEvent}); a failure rolls back and the message is redelivered, then moved to the
 * dead-message queue.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.EVENTS),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "aftersales-tickets"),
            @ActivationConfigProperty(propertyName = "clientId", propertyValue = "aftersales-tickets"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue =
                            "eventType IN ('SlaDeadlineNear', 'SlaBreached', 'MajorFaultReported', 'TicketEventRecorded')"),
            @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "3"),
            @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
        })
@TransactionManagement(TransactionManagementType.BEAN) // issue 15: no distributed transaction, see LocalDelivery
public class TicketNotifier implements MessageListener {

    static final String CONSUMER = "tickets";
    public static final String GENERAL_MANAGER = "tickets.general-manager";
    private static final String MAIL_BUNDLE = "org.aftersales.tickets.mail";

    @Inject
    private BusinessCalendar calendar;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    @EJB
    private UserService users;

    @EJB
    private MailOutbox outbox;

    @Inject
    private SettingReader settings;

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
        Set<String> recipients = new LinkedHashSet<>();
        List<String> args;
        ZoneId zone = calendar.zone();
        switch (event.type()) {
            case TicketEvents.SLA_DUE_SOON, TicketEvents.SLA_BREACHED -> {
                key = (TicketEvents.SLA_BREACHED.equals(event.type())
                                ? "notification.slaBreached."
                                : "notification.slaDueSoon.")
                        + event.get("deadline");
                if (event.get("dispatcher") != null) {
                    recipients.add(event.get("dispatcher"));
                } else {
                    recipients.addAll(names(users.staffWith(Role.DISPATCHER)));
                }
                recipients.addAll(names(users.staffWith(Role.MANAGER)));
                args = List.of(
                        event.get("number"),
                        String.valueOf(event.get("customerName")),
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                .format(Instant.parse(event.get("due")).atZone(zone)));
            }
            case TicketEvents.MAJOR_FAULT -> {
                key = "notification.majorFault";
                String configured = settings.text(GENERAL_MANAGER, "");
                if (configured.isBlank()) {
                    recipients.addAll(names(users.staffWith(Role.MANAGER)));
                } else {
                    Arrays.stream(configured.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .forEach(recipients::add);
                }
                args = List.of(
                        event.get("number"),
                        String.valueOf(event.get("customerName")),
                        String.valueOf(event.get("region")));
            }
            case TicketEvents.EVENT_RECORDED -> {
                if (!"DISPATCHED".equals(event.get("type")) || event.get("technician") == null) {
                    return;
                }
                key = "notification.dispatched";
                recipients.add(event.get("technician"));
                String by = String.valueOf(event.get("by")); // issue 10.17: the dispatcher's name, not the login
                args = List.of(
                        event.get("number"),
                        users.staffMember(by)
                                .map(StaffMember::displayName)
                                .filter(n -> !n.isBlank())
                                .orElse(by));
            }
            default -> {
                return;
            }
        }
        if (em.find(ProcessedEvent.class, ProcessedEvent.keyOf(CONSUMER, event.id())) != null) {
            return;
        }
        em.persist(new ProcessedEvent(event.id(), CONSUMER, Instant.now()));
        em.flush(); // a concurrent duplicate fails here and rolls back
        notifications.notifyUsers(recipients, key, args, event.id());
        for (String username : recipients) {
            users.staffMember(username)
                    .filter(s -> s.email() != null && !s.email().isBlank())
                    .ifPresent(s -> mail(s, key, args)); // no address: in the app only
        }
    }

    private void mail(StaffMember to, String key, List<String> args) {
        outbox.queueFor(to, MAIL_BUNDLE, getClass().getClassLoader(), key, args);
    }

    private static List<String> names(List<StaffMember> staff) {
        return staff.stream().map(StaffMember::username).toList();
    }
}
