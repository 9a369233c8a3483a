package org.aftersales.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {

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
        assertEquals(locks, new LoginPolicy(threshold).shouldLock(failures));
    }

    @Test
    void anAccountLocksOnceAtTheThresholdAndASuccessResetsTheCount() {
        Instant now = Instant.parse("2026-11-26T01:00:00Z");
        UserAccount account = new UserAccount("li.si", "李四", "hash", Set.of(Role.TECHNICIAN), now);
        LoginPolicy policy = new LoginPolicy(3);
        assertFalse(account.recordFailedLogin(policy, now));
        account.recordSuccessfulLogin(now);
        assertEquals(0, account.getFailedLogins());
        assertFalse(account.recordFailedLogin(policy, now));
        assertFalse(account.recordFailedLogin(policy, now));
        int versionBefore = account.getCredentialVersion();
        assertTrue(account.recordFailedLogin(policy, now), "the third failure in a row locks");
        assertTrue(account.isLocked());
        assertTrue(account.getCredentialVersion() > versionBefore, "a lock invalidates remembered logins");
        assertFalse(account.recordFailedLogin(policy, now), "locking happens once");
        account.unlock();
        assertFalse(account.isLocked());
        assertEquals(0, account.getFailedLogins());
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
