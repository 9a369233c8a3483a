package org.aftersales.domain.approvals;

import java.util.Objects;
import java.util.Set;
import org.aftersales.domain.accounts.Role;

/**
 * Someone in whose capacity a decision is made: the caller themselves, or a colleague who has
 * delegated to the caller for today (授权人). ADMIN holds every role, as everywhere else.
 */
public record Actor(String user, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(user, "The user is required.");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }
}
