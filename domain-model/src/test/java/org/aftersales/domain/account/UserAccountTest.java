package org.aftersales.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Li.si", "1abc", "li si", "张三", "a<script>"})
    void refusesUsernamesOutsideThePattern(String username) {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount(username, "x", "hash", Set.of(Role.AGENT), NOW));
    }

    @Test
    void aDisplayNameLongerThanItsColumnIsRefusedWithTheFieldNamed() {
        String tooLong = "李".repeat(UserAccount.DISPLAY_NAME_MAX + 1);
        var refused = assertThrows(org.aftersales.domain.shared.RuleViolationException.class,
                () -> new UserAccount("li.si", tooLong, "hash", Set.of(Role.AGENT), NOW));
        assertEquals("displayName", refused.errors().get(0).field());
        UserAccount account = new UserAccount("li.si", "李".repeat(UserAccount.DISPLAY_NAME_MAX), "hash", Set.of(Role.AGENT), NOW);
        assertThrows(org.aftersales.domain.shared.RuleViolationException.class, () -> account.assignRegion("北".repeat(101)));
        assertThrows(org.aftersales.domain.shared.RuleViolationException.class, () -> account.changeEmail("a".repeat(201)));
    }

    @Test
    void needsAtLeastOneRole() {
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("li.si", "李四", "hash", Set.of(), NOW));
    }

    @Test
    void theAuditStateNeverContainsThePasswordHash() {
        UserAccount account = new UserAccount("li.si", "李四", "SECRET-HASH", Set.of(Role.AGENT), NOW);
        assertFalse(account.auditState().containsValue("SECRET-HASH"));
        assertFalse(account.auditState().containsKey("passwordHash"));
    }

    @Test
    void aPasswordChangeResetsFailuresAndInvalidatesRememberedLogins() {
        UserAccount account = new UserAccount("li.si", "李四", "old", Set.of(Role.AGENT), NOW);
        account.recordFailedLogin(new LoginPolicy(5), NOW);
        int version = account.getCredentialVersion();
        account.changePassword("new", NOW.plusSeconds(60));
        assertEquals(0, account.getFailedLogins());
        assertEquals(version + 1, account.getCredentialVersion());
        assertEquals("new", account.getPasswordHash());
    }
}
