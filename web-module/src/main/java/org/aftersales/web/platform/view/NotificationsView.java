package org.aftersales.web.platform.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.aftersales.notifications.boundary.NotificationService;
import org.aftersales.notifications.boundary.NotificationService.NotificationView;
import org.aftersales.web.shared.view.Feedback;

/** The signed-in user's notifications: the latest on the home page, all of them on their own page. */
@Named
@RequestScoped
public class NotificationsView {

    private static final int SHOWN = 100;

    @EJB
    private NotificationService notifications;

    private List<NotificationView> latest;
    private Long unread;

    public List<NotificationView> getLatest() {
        if (latest == null) {
            latest = notifications.mine(0, SHOWN).items();
        }
        return latest;
    }

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    public String text(NotificationView n) {
        return Feedback.text(n.messageKey(), n.args().toArray());
    }

    /** A push arrived (NotificationPush): show the newest notification as a message on the open page. */
    public void pushed() {
        getLatest().stream()
                .filter(n -> !n.read())
                .findFirst()
                .ifPresent(n -> Feedback.info("notification.pushed", text(n)));
    }

    public void markAllRead() {
        notifications.markAllRead();
        latest = null;
        unread = null;
    }
}
