package org.aftersales.approvals.infrastructure;

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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.approvals.control.ApprovalAnnouncer;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.ProcessedEvent;
import org.aftersales.events.boundary.EventCodec;
import org.aftersales.mail.boundary.MailOutbox;
import org.aftersales.notifications.boundary.NotificationService;
import org.aftersales.support.JndiNames;
import org.aftersales.support.tx.LocalDelivery;

/**
 * Tells people about approvals, in the app and by e-mail (through the mail outbox, so a mail server
 * that is down never loses the notification): the deciders of a step that now waits for them or that
 * waited too long (reminder), and the requester when the request ended. Durable subscription, each
 * event handled once.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.EVENTS),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
            @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "aftersales-approvals"),
            @ActivationConfigProperty(propertyName = "clientId", propertyValue = "aftersales-approvals"),
            @ActivationConfigProperty(
                    propertyName = "messageSelector",
                    propertyValue = "eventType IN ('ApprovalWaiting', 'ApprovalReminder', 'ApprovalEnded')"),
            @ActivationConfigProperty(propertyName = "endpointExceptionRedeliveryAttempts", propertyValue = "3"),
            @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
        })
@TransactionManagement(TransactionManagementType.BEAN) // issue 15: no distributed transaction, see LocalDelivery
public class ApprovalNotifier implements MessageListener {

    static final String CONSUMER = "approvals";
    private static final String MAIL_BUNDLE = "org.aftersales.approvals.mail";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

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
        Set<String> recipients = new LinkedHashSet<>();
        String key;
        List<String> args;
        switch (event.type()) {
            case ApprovalAnnouncer.WAITING, ApprovalAnnouncer.REMINDER -> {
                key = ApprovalAnnouncer.WAITING.equals(event.type())
                        ? "notification.approvalWaiting"
                        : "notification.approvalReminder";
                String deciders = event.get("deciders");
                if (deciders != null) {
                    Arrays.stream(deciders.split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .forEach(recipients::add);
                }
                args = List.of(
                        event.get("subject"),
                        String.valueOf(event.get("summary")),
                        String.valueOf(event.get("step")),
                        name(event.get("requestedBy")));
            }
            case ApprovalAnnouncer.ENDED -> {
                key = switch (String.valueOf(event.get("state"))) {
                    case "APPROVED" -> "notification.approvalApproved";
                    case "REJECTED" -> "notification.approvalRejected";
                    default -> "notification.approvalWithdrawn";
                };
                recipients.add(event.get("requestedBy"));
                recipients.remove(event.get("by")); // who withdrew it knows
                args = List.of(
                        event.get("subject"),
                        String.valueOf(event.get("summary")),
                        name(event.get("by")),
                        event.get("reason") == null ? "" : event.get("reason"));
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
        if (recipients.isEmpty()) {
            return;
        }
        notifications.notifyUsers(recipients, key, args, event.id());
        for (String username : recipients) {
            users.staffMember(username)
                    .filter(s -> s.email() != null && !s.email().isBlank())
                    .ifPresent(s -> mail(s, key, args));
        }
    }

    private String name(String username) {
        if (username == null) {
            return "";
        }
        return users.staffMember(username)
                .map(StaffMember::displayName)
                .filter(n -> !n.isBlank())
                .orElse(username);
    }

    private void mail(StaffMember to, String key, List<String> args) {
        outbox.queueFor(to, MAIL_BUNDLE, getClass().getClassLoader(), key, args);
    }
}
