package org.aftersales.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.aftersales.domain.accounts.Role;
import org.junit.jupiter.api.Test;

/** Issue 10.1: who acts as a partner. */
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
}
