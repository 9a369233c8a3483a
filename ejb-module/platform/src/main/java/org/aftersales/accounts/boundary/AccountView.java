package org.aftersales.accounts.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.accounts.UserAccount;

/**
 * An account as callers see it: never the password hash. {@code locked}: no login is possible now,
 * by an administrator's lock or, until {@code lockedUntil}, after too many failed logins.
 */
public record AccountView(
        Long id,
        String username,
        String displayName,
        Set<Role> roles,
        String region,
        Set<Qualification> qualifications,
        String email,
        String phone,
        String locale,
        boolean locked,
        Instant lockedAt,
        Instant lastLoginAt,
        Instant createdAt,
        long version,
        Instant lockedUntil,
        boolean mustChangePassword)
        implements Serializable {

    public static AccountView of(UserAccount u) {
        Instant now = Instant.now();
        boolean temporarily = u.isTemporarilyLocked(now);
        return new AccountView(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getRoles(),
                u.getRegion(),
                u.getQualifications(),
                u.getEmail(),
                u.getPhone(),
                u.getLocale(),
                u.isLocked() || temporarily,
                u.getLockedAt(),
                u.getLastLoginAt(),
                u.getCreatedAt(),
                u.getVersion(),
                temporarily && !u.isLocked() ? u.getLockedUntil() : null,
                u.isMustChangePassword());
    }

    /** Locked by an administrator (not merely for a while after failed logins). */
    public boolean lockedByAdministrator() {
        return locked && lockedUntil == null;
    }
}
