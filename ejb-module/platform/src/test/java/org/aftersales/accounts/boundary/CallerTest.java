package org.aftersales.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.domain.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 10.1: who acts as a partner; issue 15.2: each role asked of the container once, when needed. */
class CallerTest {

    @Test
    void aPartnerWithoutStaffRolesActsAsThePartner() {
        assertEquals(Optional.of("acme"), new Caller("acme", Set.of(Role.PARTNER)).partner());
    }

    @Test
    void staffWhoAlsoHoldPartnerActAsStaff() {
        assertEquals(Optional.empty(), new Caller("agent1", Set.of(Role.PARTNER, Role.AGENT)).partner());
        assertEquals(Optional.empty(), new Caller("admin", Set.of(Role.ADMIN)).partner());
    }

    @Test
    void adminCountsForEveryRole() {
        Caller admin = new Caller("admin", Set.of(Role.ADMIN));
        assertTrue(admin.isAny(Role.WAREHOUSE));
        Caller tech = new Caller("tech1", Set.of(Role.TECHNICIAN));
        assertFalse(tech.isAny(Role.WAREHOUSE, Role.MANAGER));
        assertTrue(tech.isAny(Role.TECHNICIAN));
    }

    static Stream<Set<Role>> holdings() {
        return Stream.of(
                Set.of(),
                Set.of(Role.PARTNER),
                Set.of(Role.PARTNER, Role.AGENT),
                Set.of(Role.AGENT),
                Set.of(Role.TECHNICIAN),
                Set.of(Role.WAREHOUSE, Role.FINANCE),
                EnumSet.allOf(Role.class),
                Set.of(Role.ADMIN));
    }

    /** Asked role by role, a caller answers every question as one built with all its roles. */
    @ParameterizedTest
    @MethodSource("holdings")
    void askingAsNeededAnswersAsKnowingAll(Set<Role> held) {
        Caller known = new Caller("u", held);
        for (Role role : Role.values()) {
            assertEquals(known.is(role), asking(held, new ArrayList<>()).is(role), role.name());
            assertEquals(known.isAny(role), asking(held, new ArrayList<>()).isAny(role), role.name());
        }
        assertEquals(known.partner(), asking(held, new ArrayList<>()).partner());
        assertEquals(known.roles(), asking(held, new ArrayList<>()).roles());
        assertEquals(held.isEmpty() ? Set.of() : EnumSet.copyOf(held), known.roles());
    }

    @Test
    void aRoleIsAskedOnlyWhenAQuestionNeedsItAndOnlyOnce() {
        List<Role> asked = new ArrayList<>();
        Caller agent = asking(Set.of(Role.AGENT), asked);
        assertEquals(Optional.empty(), agent.partner());
        assertEquals(List.of(Role.PARTNER), asked, "staff without PARTNER: one question");
        assertTrue(agent.isAny(Role.AGENT, Role.WAREHOUSE));
        assertEquals(List.of(Role.PARTNER, Role.ADMIN, Role.AGENT), asked);
        agent.partner();
        agent.isAny(Role.AGENT);
        agent.roles();
        assertEquals(Role.values().length, asked.size(), "every role asked once, none twice: " + asked);
        assertEquals(EnumSet.allOf(Role.class), EnumSet.copyOf(asked));
    }

    private static Caller asking(Set<Role> held, List<Role> asked) {
        return new Caller("u", role -> {
            asked.add(role);
            return held.contains(role);
        });
    }
}
