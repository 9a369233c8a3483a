package org.aftersales.accounts.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.aftersales.domain.accounts.Role;

/**
 * Who calls a boundary: the login name, the roles, and the partner it acts as (issue 10.1: PARTNER
 * and no staff role). Built once per call from the EJB context, so the boundaries stop asking
 * {@code isCallerInRole} role by role.
 *
 * <p>Issue 15.2: a role is asked of the container only when a question needs it, and each at most
 * once per {@code Caller} (every {@code isCallerInRole} is a JACC policy check; asking all nine roles
 * up front was 9 % of a ticket read's CPU). So a {@code Caller} made by {@link #of} lives as long as
 * the call it was made in: it is never kept in a field, an event or a message, and what must outlive
 * the call takes its {@link #roles()} or {@link #name()}.
 */
public final class Caller {

    private static final Role[] ROLES = Role.values();

    private final String name;
    private final Predicate<Role> container;
    /**
     * Two bits per role (ordinal {@code i}): {@code 1 << 2i} asked, {@code 1 << 2i+1} held. One field
     * written whole, so a race between two threads can only lose what one of them learnt (it is then
     * asked again), never make a role held that was not.
     */
    private int known;

    /** A caller whose roles are known (tests, callers built from a stored account). */
    public Caller(String name, Set<Role> roles) {
        this.name = name;
        this.container = r -> false;
        int bits = 0;
        for (Role role : ROLES) {
            bits |= asked(role) | (roles.contains(role) ? held(role) : 0);
        }
        this.known = bits;
    }

    /** A caller whose roles are asked of {@code container} as questions need them. */
    Caller(String name, Predicate<Role> container) {
        this.name = name;
        this.container = container;
    }

    public static Caller of(EJBContext context) {
        Principal principal = context.getCallerPrincipal();
        return new Caller(principal == null ? null : principal.getName(), r -> context.isCallerInRole(r.name()));
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

    public String name() {
        return name;
    }

    /** Every role the caller holds (asks the container for each role not asked yet). */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : ROLES) {
            if (is(role)) {
                roles.add(role);
            }
        }
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    public boolean is(Role role) {
        int bits = known;
        if ((bits & asked(role)) != 0) {
            return (bits & held(role)) != 0;
        }
        boolean holds = container.test(role);
        known = bits | asked(role) | (holds ? held(role) : 0);
        return holds;
    }

    /** Holds any of the roles (ADMIN holds every permission, so it counts for all). */
    public boolean isAny(Role... any) {
        return is(Role.ADMIN) || Arrays.stream(any).anyMatch(this::is);
    }

    /** The partner account the caller acts as; empty for staff (ADMIN included). */
    public Optional<String> partner() {
        if (!is(Role.PARTNER)) {
            return Optional.empty();
        }
        boolean staff = Arrays.stream(ROLES).anyMatch(r -> r != Role.PARTNER && is(r));
        return staff ? Optional.empty() : Optional.of(name);
    }

    private static int asked(Role role) {
        return 1 << (2 * role.ordinal());
    }

    private static int held(Role role) {
        return 1 << (2 * role.ordinal() + 1);
    }

    @Override
    public String toString() {
        return "Caller[" + name + "]";
    }
}
