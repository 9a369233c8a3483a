package org.aftersales.notifications.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.notifications.Notification;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * The in-app notification list of each user. Readers only ever see their own notifications: the
 * recipient is the caller, never a parameter.
 */
@Stateless
@PermitAll
public class NotificationService {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    /** Event published when notifications were added: {@code recipients}, comma-separated usernames. */
    public static final String NOTIFIED = "UsersNotified";

    @EJB
    private UserService users;

    @EJB
    private DomainEvents events;

    @Resource
    private SessionContext context;

    @Inject
    private BusinessCalendar calendar;

    /** Notifies every active holder of a role (ADMIN holds every role); returns how many were notified. */
    public int notifyRole(Role role, String messageKey, List<String> args, String sourceEvent) {
        List<String> recipients = users.holdersOf(role);
        Instant now = calendar.now();
        recipients.forEach(r -> em.persist(new Notification(r, messageKey, args, sourceEvent, now)));
        announce(recipients, now);
        return recipients.size();
    }

    /** Notifies the named users (unknown or repeated names are skipped); returns how many were notified. */
    public int notifyUsers(
            java.util.Collection<String> usernames, String messageKey, List<String> args, String sourceEvent) {
        Instant now = calendar.now();
        List<String> recipients = usernames.stream()
                .filter(u -> u != null && !u.isBlank())
                .distinct()
                .filter(u -> users.staffMember(u).isPresent())
                .toList();
        recipients.forEach(r -> em.persist(new Notification(r, messageKey, args, sourceEvent, now)));
        announce(recipients, now);
        return recipients.size();
    }

    /** Tells every node that these users have something new (pushed to their open pages). */
    private void announce(List<String> recipients, Instant now) {
        if (!recipients.isEmpty()) {
            events.publish(DomainEvent.of(NOTIFIED, now, java.util.Map.of("recipients", String.join(",", recipients))));
        }
    }

    public PageResult<NotificationView> mine(int first, int size) {
        String me = context.getCallerPrincipal().getName();
        List<NotificationView> items = em
                .createNamedQuery("Notification.forRecipient", Notification.class)
                .setParameter("recipient", me)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(NotificationView::of)
                .toList();
        long total = em.createNamedQuery("Notification.countForRecipient", Long.class)
                .setParameter("recipient", me)
                .getSingleResult();
        return new PageResult<>(items, total);
    }

    public long unreadCount() {
        return em.createNamedQuery("Notification.unreadCount", Long.class)
                .setParameter("recipient", context.getCallerPrincipal().getName())
                .getSingleResult();
    }

    public int markAllRead() {
        return em.createNamedQuery("Notification.markAllRead")
                .setParameter("recipient", context.getCallerPrincipal().getName())
                .setParameter("now", calendar.now())
                .executeUpdate();
    }

    public record NotificationView(Long id, String messageKey, List<String> args, Instant createdAt, boolean read)
            implements Serializable {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getMessageKey(), n.getArgs(), n.getCreatedAt(), n.isRead());
        }
    }
}
