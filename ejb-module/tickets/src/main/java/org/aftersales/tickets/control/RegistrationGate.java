package org.aftersales.tickets.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.settings.boundary.SettingReader;

/**
 * T1, T10: at most {@code tickets.registration-concurrency} registrations run at once on this node.
 * Registrations of a department and month follow one another on its counter anyway; letting every
 * request queue on the row lock instead made 20 concurrent callers slower than 5 (measured with
 * config/bench/tickets). One container-managed instance holds the permits (no static state in the
 * pooled beans); a caller that waits longer than 30 s gets {@code error.busy} (409).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class RegistrationGate {

    public static final String REGISTRATION_CONCURRENCY = "tickets.registration-concurrency";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    private SettingReader settings;

    private Semaphore permits;

    @PostConstruct
    void size() {
        permits = new Semaphore(Math.max(1, settings.number(REGISTRATION_CONCURRENCY, 4)), true);
    }

    /**
     * Runs {@code work} once a permit is free, outside any transaction: the work opens and commits
     * its own before the permit is given back.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public <T> T through(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ConflictException("error.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("error.busy");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
