package org.aftersales.accounts.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.aftersales.domain.accounts.Role;

/**
 * Who calls a boundary: the login name, the roles, and the partner it acts as (issue 10.1: PARTNER
 * and no staff role). Built once per call from the EJB context, so the boundaries stop asking
 * {@code isCallerInRole} role by role.
 */
public record Caller(String name, Set<Role> roles) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(EJBContext context) {
        Principal principal = context.getCallerPrincipal();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values())
                .filter(r -> context.isCallerInRole(r.name()))
                .forEach(roles::add);
        return new Caller(principal == null ? null : principal.getName(), roles);
    }

    /** The name of a signed-in caller; an anonymous one is refused. */
    public static String signedIn(EJBContext context) {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name)) {
            throw new EJBAccessException("Signed-in callers only");
        }
        return name;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Holds any of the roles (ADMIN holds every permission, so it counts for all). */
    public boolean isAny(Role... any) {
        return roles.contains(Role.ADMIN) || Arrays.stream(any).anyMatch(roles::contains);
    }

    /** The partner account the caller acts as; empty for staff (ADMIN included). */
    public Optional<String> partner() {
        boolean staff = roles.stream().anyMatch(r -> r != Role.PARTNER);
        return roles.contains(Role.PARTNER) && !staff ? Optional.of(name) : Optional.empty();
    }
}
