package org.aftersales.tickets.maintenance.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.Outcome;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.PlanResult;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.RunReport;
import org.aftersales.tickets.maintenance.control.PlanTicketing;
import org.aftersales.tickets.maintenance.control.RunResults;

/**
 * M1: the maintenance scheduler. Every hour a persistent timer creates a MAINTENANCE ticket for
 * each plan that is due today; {@link #runNow} lets an ADMIN or MANAGER run it for a given day.
 *
 * <p>Security: a timer has no caller, and the tickets and customers boundaries are
 * {@code @RolesAllowed}. The bean therefore runs as ADMIN ({@code @RunAs}); on Payara the run-as
 * principal is named in {@code META-INF/glassfish-ejb-jar.xml}. {@link #runNow} does not run the
 * plans itself: it starts a single-action timer on this bean and waits for its report, so the
 * requested run takes exactly the path (and the identity) of the hourly one, not the caller's.
 */
@Stateless
@RunAs(Roles.ADMIN)
public class MaintenanceScheduler {

    private static final Logger LOG = Logger.getLogger(MaintenanceScheduler.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private BusinessCalendar calendar;

    @EJB
    private PlanTicketing ticketing;

    @Inject
    private RunResults results;

    /** A run asked for through {@link #runNow}: the timer's info. */
    record RunRequest(String id, LocalDate date) implements Serializable {}

    /** Every hour at :07 — persistent, so a run missed while the server was down happens at start. */
    @Schedule(hour = "*", minute = "7", persistent = true, info = "M1 maintenance plans")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        RunReport report = run(LocalDate.now(calendar.zone()));
        if (!report.created().isEmpty() || !report.failed().isEmpty()) {
            LOG.info(() ->
                    "Maintenance run " + report.date() + ": " + report.created().size() + " ticket(s) created, "
                            + report.failed().size() + " plan(s) failed");
        }
    }

    /**
     * Runs the scheduler for {@code date} now, through a single-action timer of this bean, and waits
     * up to {@code wait} for its report (not finished: the run goes on, and a repeat creates nothing twice).
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @TransactionAttribute(
            TransactionAttributeType.NOT_SUPPORTED) // a timer created in a transaction starts after its commit
    public RunReport runNow(LocalDate date, Duration wait) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<RunReport> report = results.expect(id);
        timers.createSingleActionTimer(1, new TimerConfig(new RunRequest(id, date), false));
        try {
            return report.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            results.forget(id);
            return RunReport.running(date);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            results.forget(id);
            return RunReport.running(date);
        } catch (ExecutionException e) {
            throw new EJBException("Maintenance run for " + date + " failed", (Exception) e.getCause());
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void requested(Timer timer) {
        if (!(timer.getInfo() instanceof RunRequest request)) {
            return;
        }
        try {
            results.complete(request.id(), run(request.date()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Maintenance run for " + request.date() + " failed", e);
            results.fail(request.id(), e);
        }
    }

    /** Each plan in a transaction of its own: a plan that fails is logged with its id and the others go on. */
    private RunReport run(LocalDate date) {
        List<PlanResult> outcomes = new ArrayList<>();
        for (Long planId : ticketing.candidates()) {
            try {
                outcomes.add(ticketing.process(planId, date));
            } catch (PlanTicketing.AlreadyCreatedException e) {
                outcomes.add(PlanResult.of(planId, Outcome.ALREADY_CREATED));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Maintenance plan " + planId + ": no ticket created for " + date, e);
                outcomes.add(new PlanResult(planId, Outcome.FAILED, null, date, null, null, describe(e)));
            }
        }
        return RunReport.of(date, outcomes);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
