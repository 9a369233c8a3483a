package org.aftersales.approvals.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.approvals.ApprovalRequest;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * Reminders and escalation: a step that waited longer than its kind's term (setting {@code
 * approval.term-hours.<KIND>}, hours) is announced again to its deciders — in the app and by e-mail —
 * once per step and day. Runs every quarter of an hour on every node; the request row is updated, so
 * two nodes never remind twice (the second one's update fails on the version and rolls back).
 */
@Stateless
public class ApprovalReminders {

    public static final String TERM = "approval.term-hours.";
    static final int DEFAULT_TERM_HOURS = 24;

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private BusinessCalendar calendar;

    @Inject
    private SettingReader settings;

    @EJB
    private ApprovalAnnouncer announcer;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    public void scheduled() {
        remind(calendar.now(), calendar.today());
    }

    /**
     * Reminds every step overdue at {@code now} and not reminded on {@code today}; returns how many.
     * The timer passes the calendar's now and today (ApprovalRemindersIT passes a later day).
     */
    public int remind(Instant now, LocalDate today) {
        List<ApprovalRequest> pending = em.createQuery(
                        "SELECT r FROM ApprovalRequest r WHERE r.state = :state ORDER BY r.id", ApprovalRequest.class)
                .setParameter("state", ApprovalState.PENDING)
                .getResultList();
        int reminded = 0;
        java.util.Map<org.aftersales.domain.approvals.ApprovalKind, Integer> terms =
                new java.util.EnumMap<>(org.aftersales.domain.approvals.ApprovalKind.class); // one read per kind
        for (ApprovalRequest r : pending) {
            int term = terms.computeIfAbsent(
                    r.getKind(), k -> Math.max(1, settings.number(TERM + k.name(), DEFAULT_TERM_HOURS)));
            if (r.remindIfDue(term, now, today)) {
                announcer.waiting(r, ApprovalAnnouncer.REMINDER, now);
                reminded++;
            }
        }
        em.flush();
        return reminded;
    }
}
