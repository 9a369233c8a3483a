package org.aftersales.quality.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.quality.control.DeadlineAlerter;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * A persistent timer, every 10 minutes: corrective actions past their deadline alert their owner and
 * QUALITY (Q3); information forms whose department did not answer by the deadline are escalated to
 * the department and QUALITY; qualifications within {@code quality.qualification-warning-days} of
 * their expiry warn the person and QUALITY (Q9). Each once ({@link DeadlineAlerter}), each item in a
 * transaction of its own.
 */
@Stateless
@PermitAll
public class QualityDeadlines {

    public static final String WARNING_DAYS = "quality.qualification-warning-days";
    public static final String ANSWER_DAYS = "quality.info-form-answer-days";
    private static final Logger LOG = Logger.getLogger(QualityDeadlines.class.getName());
    private static final int BATCH = 500;

    @EJB
    private DeadlineAlerter alerter;

    @Inject
    private SettingReader settings;

    @Inject
    private BusinessCalendar calendar;

    @Schedule(hour = "*", minute = "*/10", second = "20", persistent = true, info = "quality deadlines (Q3, Q9)")
    public void every10Minutes() {
        try {
            scan(Instant.now());
        } catch (RuntimeException e) {
            // never let a failure escape: the container expunges a timer whose deliveries keep failing
            LOG.log(Level.SEVERE, "Quality deadline watch failed; it runs again in 10 minutes", e);
        }
    }

    /** Checks everything due at {@code now}; returns the alerts raised. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int scan(Instant now) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        int raised = 0;
        for (Long id : alerter.overdueCapas(today, BATCH)) {
            raised += safely(() -> alerter.capaOverdue(id, today, now), "corrective action " + id);
        }
        for (Long id : alerter.overdueInfoForms(today, BATCH)) {
            raised += safely(() -> alerter.infoFormOverdue(id, today, now), "information form " + id);
        }
        int days = settings.number(WARNING_DAYS, 30);
        for (Long id : alerter.qualificationsToWarn(today.plusDays(Math.max(0, days)), BATCH)) {
            raised += safely(() -> alerter.qualificationExpiring(id, days, today, now), "qualification " + id);
        }
        return raised;
    }

    private static int safely(java.util.function.IntSupplier check, String what) {
        try {
            return check.getAsInt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline check of " + what + " did not complete", e);
            return 0;
        }
    }
}
