package org.aftersales.quality.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.quality.control.AuditSampling;
import org.aftersales.settings.boundary.BusinessCalendar;

/**
 * Q6: once a month (the 1st, 01:23, persistent — a run missed while the server was down happens at
 * start) the previous month's audit sample is drawn; drawing a month twice keeps the first sample.
 */
@Stateless
@PermitAll
public class EvaluationSampler {

    private static final Logger LOG = Logger.getLogger(EvaluationSampler.class.getName());

    @Inject
    private AuditSampling sampling;

    @Inject
    private BusinessCalendar calendar;

    @Schedule(dayOfMonth = "1", hour = "1", minute = "23", persistent = true, info = "repair audit sample (Q6)")
    public void monthly() {
        try {
            YearMonth last = YearMonth.from(calendar.today()).minusMonths(1);
            LOG.info(() ->
                    "Audit sample of " + last + ": " + sampling.sample(last).size() + " repairs");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Drawing the monthly audit sample failed", e);
        }
    }
}
