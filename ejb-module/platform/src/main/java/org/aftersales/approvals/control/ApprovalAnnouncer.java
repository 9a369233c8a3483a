package org.aftersales.approvals.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.domain.approvals.ApprovalRequest;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * Puts what happened to a request on the events topic (through the outbox, in the same transaction):
 * a step waits for its deciders, a step waited too long, a request ended. {@code ApprovalNotifier}
 * turns them into notifications and e-mails.
 */
@Stateless
public class ApprovalAnnouncer {

    public static final String WAITING = "ApprovalWaiting";
    public static final String REMINDER = "ApprovalReminder";
    public static final String ENDED = "ApprovalEnded";

    @EJB
    private DomainEvents events;

    @EJB
    private Deciders deciders;

    @Inject
    private BusinessCalendar calendar;

    /** The waiting step's deciders are told ({@link #WAITING}) or reminded ({@link #REMINDER}). */
    public void waiting(ApprovalRequest r, String type, Instant now) {
        Map<String, String> data = base(r);
        data.put("step", r.getCurrentStepName());
        data.put("deciders", String.join(",", deciders.toNotify(r, calendar.today())));
        events.publish(DomainEvent.of(type, now, data));
    }

    /** The requester is told how the request ended. */
    public void ended(ApprovalRequest r, String by, Instant now) {
        Map<String, String> data = base(r);
        data.put("by", by);
        if (r.getEndReason() != null) {
            data.put("reason", r.getEndReason());
        }
        events.publish(DomainEvent.of(ENDED, now, data));
    }

    private static Map<String, String> base(ApprovalRequest r) {
        Map<String, String> data = new HashMap<>();
        data.put("id", String.valueOf(r.getId()));
        data.put("kind", r.getKind().name());
        data.put("subject", r.getSubject());
        data.put("summary", r.getSummary());
        data.put("requestedBy", r.getRequestedBy());
        data.put("state", r.getState().name());
        return data;
    }
}
