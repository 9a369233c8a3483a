package org.aftersales.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

    private static LoginPolicy policy(int threshold) {
        return LoginPolicy.of(threshold, 900, 86_400);
    }

    @ParameterizedTest(name = "threshold {0}, failures {1} → lock {2}")
    @CsvSource({
        "5, 1, false",
        "5, 4, false",
        "5, 5, true",
        "5, 6, true",
        "1, 1, true",
        "0, 100, false",
        "-1, 100, false",
    })
    void locksAtTheConfiguredThreshold(int threshold, int failures, boolean locks) {
        assertEquals(locks, policy(threshold).shouldLock(failures));
    }

    @ParameterizedTest(name = "first {0} s, cap {1} s: lock #{2} lasts {3} s")
    @CsvSource({
        "900, 86400, 1, 900",
        "900, 86400, 2, 1800",
        "900, 86400, 3, 3600",
        "900, 86400, 4, 7200",
        "900, 86400, 7, 57600",
        "900, 86400, 8, 86400",
        "900, 86400, 9, 86400",
        "900, 86400, 1000, 86400",
        "900, 86400, 0, 900",
        "2, 60, 1, 2",
        "2, 60, 2, 4",
        "2, 60, 5, 32",
        "2, 60, 6, 60",
        "600, 60, 1, 600",
        "0, 0, 1, 1",
        "1, 9223372036854775807, 70, 31622400",
        "9223372036854775807, 9223372036854775807, 1, 31622400",
    })
    void eachFurtherLockLastsTwiceAsLongUpToTheCap(long first, long cap, int n, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), LoginPolicy.of(5, first, cap).lockDuration(n));
    }

    @Test
    void failuresLockForAWhileOnlyAndEachLockInARowLastsLonger() {
        UserAccount account = new UserAccount("li.si", "李四", "hash", Set.of(Role.TECHNICIAN), NOW);
        LoginPolicy policy = policy(3);
        assertEquals(Optional.empty(), account.recordFailedLogin(policy, NOW));
        account.recordSuccessfulLogin(NOW);
        assertEquals(0, account.getFailedLogins());
        account.recordFailedLogin(policy, NOW);
        account.recordFailedLogin(policy, NOW);
        int versionBefore = account.getCredentialVersion();
        assertEquals(
                Optional.of(NOW.plusSeconds(900)), account.recordFailedLogin(policy, NOW), "the third in a row locks");
        assertFalse(account.acceptsLogin(NOW.plusSeconds(899)));
        assertFalse(account.isLocked(), "not an administrator's lock");
        assertEquals(versionBefore, account.getCredentialVersion(), "signed-in sessions are left alone");
        assertEquals(
                Optional.empty(),
                account.recordFailedLogin(policy, NOW.plusSeconds(10)),
                "guesses against a lock are not even counted");

        Instant later = NOW.plusSeconds(900);
        assertTrue(account.acceptsLogin(later), "the lock ends by itself");
        account.recordFailedLogin(policy, later);
        account.recordFailedLogin(policy, later);
        assertEquals(Optional.of(later.plusSeconds(1800)), account.recordFailedLogin(policy, later), "twice as long");

        Instant afterSecond = later.plusSeconds(1800);
        account.recordSuccessfulLogin(afterSecond);
        account.recordFailedLogin(policy, afterSecond);
        account.recordFailedLogin(policy, afterSecond);
        assertEquals(
                Optional.of(afterSecond.plusSeconds(900)),
                account.recordFailedLogin(policy, afterSecond),
                "a successful login starts the schedule again");
    }

    @Test
    void anAdministratorsLockHoldsUntilUnlockedAndUnlockEndsBothKinds() {
        UserAccount account = new UserAccount("li.si", "李四", "hash", Set.of(Role.TECHNICIAN), NOW);
        int version = account.getCredentialVersion();
        account.lock(NOW);
        assertTrue(account.isLocked());
        assertTrue(account.getCredentialVersion() > version, "an administrator's lock ends remembered logins");
        assertFalse(account.acceptsLogin(NOW.plus(Duration.ofDays(3650))));
        account.unlock();
        assertTrue(account.acceptsLogin(NOW));

        LoginPolicy policy = policy(1);
        account.recordFailedLogin(policy, NOW);
        assertFalse(account.acceptsLogin(NOW));
        account.unlock();
        assertTrue(account.acceptsLogin(NOW));
        assertEquals(0, account.getLockCount());
    }

    @Test
    void aRememberedLoginForgetsTheFailuresButNotTheLockSchedule() {
        UserAccount account = new UserAccount("li.si", "李四", "hash", Set.of(Role.TECHNICIAN), NOW);
        LoginPolicy policy = policy(5);
        assertFalse(account.recordRememberedLogin(), "nothing to forget: nothing to write");
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(policy, NOW);
        }
        assertTrue(account.recordRememberedLogin());
        assertEquals(0, account.getFailedLogins());
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), account.recordFailedLogin(policy, NOW));
        }
        assertTrue(account.acceptsLogin(NOW));
    }

    @Test
    void adminHoldsEveryRole() {
        UserAccount admin = new UserAccount("admin", "管理员", "hash", Set.of(Role.ADMIN), Instant.now());
        for (Role role : Role.values()) {
            assertTrue(admin.holds(role), role.name());
        }
        UserAccount tech = new UserAccount("tech", "技术员", "hash", Set.of(Role.TECHNICIAN), Instant.now());
        assertTrue(tech.holds(Role.TECHNICIAN));
        assertFalse(tech.holds(Role.ADMIN));
    }
}
