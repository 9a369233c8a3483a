package org.aftersales.tickets.boundary;

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
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.control.SlaAlerter;
import org.aftersales.tickets.control.TicketQueries;

/**
 * T4, T5: every minute, a persistent timer (one node of a cluster fires it) looks for open tickets
 * whose running deadline is within {@code sla.due-soon-minutes} or past, and has each checked in a
 * transaction of its own ({@link SlaAlerter}): near → {@code SlaDeadlineNear}, missed →
 * {@code SlaBreached} on the events topic, each once. The consumers tell the dispatcher and the
 * manager in the app and by e-mail.
 */
@Stateless
@PermitAll
public class SlaWatch {

    public static final String DUE_SOON_MINUTES = "sla.due-soon-minutes";
    private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());
    private static final int BATCH = 500;

    @Inject
    private TicketQueries queries;

    @EJB
    private SlaAlerter alerter;

    @Inject
    private SettingReader settings;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = true, info = "SLA watch (T4, T5)")
    public void everyMinute() {
        try {
            scan(Instant.now());
        } catch (RuntimeException e) {
            // never let a failure escape: the container expunges a timer whose deliveries keep failing
            LOG.log(Level.SEVERE, "SLA watch failed; it runs again in a minute", e);
        }
    }

    /** Checks the tickets due by {@code now} + the warning period; returns the alerts raised. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int scan(Instant now) {
        Instant until = now.plus(Duration.ofMinutes(settings.number(DUE_SOON_MINUTES, 120)));
        List<Long> ids = queries.dueBy(until, now, BATCH);
        int raised = 0;
        for (Long id : ids) {
            try {
                raised += alerter.check(id, now, until);
            } catch (RuntimeException e) {
                // another node raised it meanwhile, or this ticket failed: the others go on
                LOG.log(Level.WARNING, "SLA check of ticket " + id + " did not complete", e);
            }
        }
        return raised;
    }
}
