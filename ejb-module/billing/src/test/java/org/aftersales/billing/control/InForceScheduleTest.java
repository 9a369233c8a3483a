package org.aftersales.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.billing.FeeSchedule;
import org.aftersales.domain.billing.LabourRate;
import org.aftersales.domain.tickets.FaultLevel;
import org.aftersales.domain.tickets.ServiceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (the computed quote's p95): the schedule in force is read once per day and kept until a
 * version changes — forgotten at once and again when the changing transaction ends (B1: an approved
 * version is what the next quote uses).
 */
class InForceScheduleTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    final List<LocalDate> reads = new ArrayList<>();
    final List<Object> detached = new ArrayList<>();
    final List<Synchronization> synchronizations = new ArrayList<>();
    FeeSchedule current = schedule(1);
    InForceSchedule kept;

    @BeforeEach
    void setUp() throws Exception {
        kept = new InForceSchedule();
        set("search", new BillingSearch() {
            @Override
            public Optional<FeeSchedule> inForce(LocalDate day) {
                reads.add(day);
                return Optional.ofNullable(current);
            }
        });
        set(
                "em",
                Proxy.newProxyInstance(
                        EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (p, m, args) -> {
                            if (m.getName().equals("detach")) {
                                detached.add(args[0]);
                                return null;
                            }
                            throw new UnsupportedOperationException(m.getName());
                        }));
        set(
                "tsr",
                Proxy.newProxyInstance(
                        TransactionSynchronizationRegistry.class.getClassLoader(),
                        new Class<?>[] {TransactionSynchronizationRegistry.class},
                        (p, m, args) -> switch (m.getName()) {
                            case "getTransactionKey" -> "tx";
                            case "registerInterposedSynchronization" -> {
                                synchronizations.add((Synchronization) args[0]);
                                yield null;
                            }
                            default -> throw new UnsupportedOperationException(m.getName());
                        }));
    }

    @Test
    void readsTheScheduleOncePerDayAndDetachesIt() {
        FeeSchedule first = kept.on(DAY).orElseThrow();
        assertSame(first, kept.on(DAY).orElseThrow());
        assertSame(first, kept.on(DAY).orElseThrow());
        assertEquals(List.of(DAY), reads, "one query for three quotes of the day");
        assertEquals(List.of(first), detached, "kept outside any persistence context");
        kept.on(DAY.plusDays(1));
        assertEquals(List.of(DAY, DAY.plusDays(1)), reads, "another day: read again (validFrom)");
    }

    @Test
    void noScheduleInForceIsKeptToo() {
        current = null;
        assertTrue(kept.on(DAY).isEmpty());
        assertTrue(kept.on(DAY).isEmpty());
        assertEquals(1, reads.size());
    }

    @Test
    void aChangedVersionIsReadAgainNowAndAfterItsTransaction() {
        kept.on(DAY);
        kept.forget(); // e.g. the FEE_SCHEDULE approval of version 2, not yet committed
        kept.on(DAY); // a quote meanwhile still sees version 1
        assertEquals(2, reads.size());
        current = schedule(2);
        synchronizations.forEach(s -> s.afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED));
        assertEquals(2, kept.on(DAY).orElseThrow().getScheduleVersion(), "the approved version, at once");
        assertEquals(3, reads.size());
        kept.on(DAY);
        assertEquals(3, reads.size());
    }

    private void set(String name, Object value) throws Exception {
        Field f = InForceSchedule.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(kept, value);
    }

    private static FeeSchedule schedule(int version) {
        return new FeeSchedule(
                version,
                new FeeSchedule.Terms(
                        DAY.minusDays(30),
                        new BigDecimal("0.06"),
                        new BigDecimal("0.40"),
                        new BigDecimal("30.00"),
                        BigDecimal.ZERO,
                        List.of(new LabourRate(ServiceKind.ONSITE_REPAIR, FaultLevel.GENERAL, new BigDecimal("80.00"))),
                        List.of()));
    }
}
