package org.aftersales.domain.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import org.aftersales.domain.customers.warranty.Entitlement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * T12, issue 15.2: reading a ticket other than an installation does not touch its (lazy) installation checks —
 * on the server each touch is one more statement per GET /tickets/{number}. The collection is replaced by a map
 * that fails on any access, as a stand-in for one not loaded yet.
 */
class InstallationChecksReadTest {

    /** A lazy collection that must not be loaded: any access fails. */
    static final class Untouchable extends AbstractMap<InstallationCheck, Boolean> {
        @Override
        public Set<Entry<InstallationCheck, Boolean>> entrySet() {
            throw new AssertionError("the installation checks were loaded");
        }

        @Override
        public int size() {
            throw new AssertionError("the installation checks were loaded");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ServiceKind.class, names = "INSTALLATION", mode = EnumSource.Mode.EXCLUDE)
    void otherKindsAnswerNoChecksWithoutLoadingThem(ServiceKind kind) throws Exception {
        Ticket ticket = ticket(kind);
        replaceChecks(ticket, new Untouchable());
        assertEquals(Map.of(), ticket.getInstallationChecks());
    }

    @Test
    void anInstallationAnswersItsChecks() throws Exception {
        Ticket ticket = ticket(ServiceKind.INSTALLATION);
        ticket.check(InstallationCheck.values()[0], true);
        assertEquals(Map.of(InstallationCheck.values()[0], true), ticket.getInstallationChecks());
        replaceChecks(ticket, new Untouchable());
        assertThrows(AssertionError.class, ticket::getInstallationChecks); // this one is read
    }

    private static void replaceChecks(Ticket ticket, Map<InstallationCheck, Boolean> checks) throws Exception {
        Field field = Ticket.class.getDeclaredField("installationChecks");
        field.setAccessible(true);
        field.set(ticket, checks);
    }

    private static Ticket ticket(ServiceKind kind) {
        return new Ticket(
                "YX-26-11-01",
                "YX",
                new Ticket.Intake(
                        42,
                        "张三",
                        "张三",
                        "13800000000",
                        "北京",
                        "朝阳区",
                        "SN1",
                        "KFR-35GW",
                        Channel.PHONE,
                        kind,
                        FaultLevel.MAJOR,
                        "压缩机不启动",
                        Instant.parse("2026-11-26T01:30:00Z"),
                        null,
                        Set.of()),
                Entitlement.PAID,
                null,
                null);
    }
}
