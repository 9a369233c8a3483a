package org.aftersales.quality.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.quality.control.ComplaintAlerter;
import org.aftersales.quality.control.QualitySearch;
import org.aftersales.settings.boundary.SettingReader;

/**
 * Q1: like the tickets' SLA watch, every minute a persistent timer looks for complaints whose promised
 * reply is within {@code quality.reply-due-soon-minutes} or past, and has each checked in a transaction
 * of its own ({@link ComplaintAlerter}): near → {@code ComplaintReplyNear}, missed →
 * {@code ComplaintReplyMissed} on the events topic, each once. The quality notifier tells the owner
 * and the quality department in the app and by e-mail.
 */
@Stateless
@PermitAll
public class ComplaintWatch {

    public static final String DUE_SOON_MINUTES = "quality.reply-due-soon-minutes";
    private static final Logger LOG = Logger.getLogger(ComplaintWatch.class.getName());
    private static final int BATCH = 500;

    @Inject
    private QualitySearch search;

    @EJB
    private ComplaintAlerter alerter;

    @Inject
    private SettingReader settings;

    @Schedule(hour = "*", minute = "*", second = "40", persistent = true, info = "complaint reply watch (Q1)")
    public void everyMinute() {
        try {
            scan(Instant.now());
        } catch (RuntimeException e) {
            // never let a failure escape: the container expunges a timer whose deliveries keep failing
            LOG.log(Level.SEVERE, "Complaint reply watch failed; it runs again in a minute", e);
        }
    }

    /** Checks the complaints due by {@code now} + the warning period; returns the alerts raised. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int scan(Instant now) {
        Instant until = now.plus(Duration.ofMinutes(settings.number(DUE_SOON_MINUTES, 120)));
        List<Long> ids = search.replyDueBy(until, now, BATCH);
        int raised = 0;
        for (Long id : ids) {
            try {
                raised += alerter.check(id, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reply check of complaint " + id + " did not complete", e);
            }
        }
        return raised;
    }
}
