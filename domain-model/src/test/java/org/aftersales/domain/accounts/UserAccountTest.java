package org.aftersales.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Li.si", "1abc", "li si", "张三", "a<script>"})
    void refusesUsernamesOutsideThePattern(String username) {
        assertThrows(
                RuleViolationException.class, () -> new UserAccount(username, "x", "hash", Set.of(Role.AGENT), NOW));
    }

    @Test
    void aDisplayNameLongerThanItsColumnIsRefusedWithTheFieldNamed() {
        String tooLong = "李".repeat(UserAccount.DISPLAY_NAME_MAX + 1);
        var refused = assertThrows(
                org.aftersales.domain.shared.RuleViolationException.class,
                () -> new UserAccount("li.si", tooLong, "hash", Set.of(Role.AGENT), NOW));
        assertEquals("displayName", refused.errors().get(0).field());
        UserAccount account =
                new UserAccount("li.si", "李".repeat(UserAccount.DISPLAY_NAME_MAX), "hash", Set.of(Role.AGENT), NOW);
        assertThrows(
                org.aftersales.domain.shared.RuleViolationException.class, () -> account.assignRegion("北".repeat(101)));
        assertThrows(
                org.aftersales.domain.shared.RuleViolationException.class, () -> account.changeEmail("a".repeat(201)));
    }

    @Test
    void needsAtLeastOneRole() {
        assertThrows(RuleViolationException.class, () -> new UserAccount("li.si", "李四", "hash", Set.of(), NOW));
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
        account.recordFailedLogin(LoginPolicy.of(5, 900, 86_400), NOW);
        int version = account.getCredentialVersion();
        account.changeOwnPassword("new", NOW.plusSeconds(60));
        assertEquals(0, account.getFailedLogins());
        assertEquals(version + 1, account.getCredentialVersion());
        assertEquals("new", account.getPasswordHash());
    }

    @Test
    void aPasswordAnAdministratorSetsIsTemporaryUntilTheOwnerChoosesOne() {
        UserAccount account = new UserAccount("li.si", "李四", "first", Set.of(Role.AGENT), NOW);
        assertFalse(account.isMustChangePassword(), "a new account is not flagged by itself");
        account.requirePasswordChange();
        assertTrue(account.isMustChangePassword());
        account.changeOwnPassword("mine", NOW);
        assertFalse(account.isMustChangePassword(), "the owner's own choice");

        account.recordFailedLogin(LoginPolicy.of(1, 900, 86_400), NOW);
        assertFalse(account.acceptsLogin(NOW));
        account.assignPassword("reset", true, NOW);
        assertTrue(account.isMustChangePassword(), "a reset is temporary");
        assertTrue(account.acceptsLogin(NOW), "and ends the temporary lock the owner was in");
        account.assignPassword("service", false, NOW);
        assertFalse(account.isMustChangePassword(), "unless the administrator says it is not");

        account.lock(NOW);
        account.assignPassword("again", true, NOW);
        assertTrue(account.isLocked(), "an administrator's lock stays until unlocked");
    }
}
