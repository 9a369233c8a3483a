package org.aftersales.billing.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.aftersales.domain.billing.FeeSchedule;

/**
 * B1: the fee schedule in force on a day, read once and kept until a version is approved, rejected or
 * written, or the day changes. Every computed quote (B2) read the schedule and its labour and travel
 * tables again — three queries and three connection checks of the pool per quote (issue 13, the
 * computed quote's p95; see config/bench/results). The kept schedule is detached: callers only read it.
 *
 * <p>{@link #forget()} is called by whatever changes a version's state (the FEE_SCHEDULE approval, a
 * revision); it forgets at once and again when that transaction ends, so a schedule read while the
 * change was not yet committed is never kept past the commit.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InForceSchedule {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry tsr;

    @Inject
    private BillingSearch search;

    /** Counts the changes; a kept schedule read under an older count is read again. */
    private final AtomicLong changes = new AtomicLong();

    private final AtomicReference<Kept> kept = new AtomicReference<>();

    private record Kept(LocalDate day, long changes, FeeSchedule schedule) {}

    /**
     * The approved version with the latest {@code validFrom} not after {@code day}, as {@link
     * BillingSearch#inForce} finds it. Only for transactions that do not change fee schedules.
     */
    public Optional<FeeSchedule> on(LocalDate day) {
        long seen = changes.get(); // before the read: a change during the read makes this one stale
        Kept k = kept.get();
        if (k != null && k.changes() == seen && k.day().equals(day)) {
            return Optional.ofNullable(k.schedule());
        }
        Optional<FeeSchedule> found = search.inForce(day);
        found.ifPresent(em::detach);
        kept.set(new Kept(day, seen, found.orElse(null)));
        return found;
    }

    /** A version changed (approved, rejected, revised): read again, now and after this transaction. */
    public void forget() {
        changes.incrementAndGet();
        kept.set(null);
        if (tsr.getTransactionKey() != null) {
            tsr.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                    kept.set(null);
                }
            });
        }
    }
}
