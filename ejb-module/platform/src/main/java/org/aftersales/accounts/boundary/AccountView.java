package org.aftersales.accounts.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.aftersales.domain.account.Qualification;
import org.aftersales.domain.account.Role;
import org.aftersales.domain.account.UserAccount;

/** An account as callers see it: never the password hash. */
public record AccountView(Long id, String username, String displayName, Set<Role> roles, String region,
        Set<Qualification> qualifications, String email, String locale, boolean locked, Instant lockedAt,
        Instant lastLoginAt, Instant createdAt, long version) implements Serializable {

    public static AccountView of(UserAccount u) {
        return new AccountView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.getRegion(),
                u.getQualifications(), u.getEmail(), u.getLocale(), u.isLocked(), u.getLockedAt(),
                u.getLastLoginAt(), u.getCreatedAt(), u.getVersion());
    }
}
