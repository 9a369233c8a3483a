package org.aftersales.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.tickets.TicketEventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** T3, T4: who may record which event, and when a technician is limited to their own tickets. */
class EventPermissionsTest {

    @ParameterizedTest(name = "{0} by {1}: allowed {2}, own tickets only {3}")
    @CsvSource({
        "DISPATCHED,        DISPATCHER,            true,  false",
        "DISPATCHED,        TECHNICIAN,            false, true",
        "DISPATCHED,        AGENT,                 false, true",
        "ARRIVED,           TECHNICIAN,            true,  true",
        "ARRIVED,           TECHNICIAN+DISPATCHER, true,  false",
        "RESOLVED,          AGENT,                 true,  false",
        "ACCEPTED,          TECHNICIAN,            true,  true",
        "CLOSED,            TECHNICIAN,            false, true",
        "CLOSED,            AGENT,                 true,  false",
        "CANCELLED,         PARTNER,               true,  false",
        "NOTE,              PARTNER,               true,  false",
        "REOPENED,          PARTNER,               true,  false",
        // issue 10.1: a partner's system never records the staff's work
        "DISPATCHED,        PARTNER,               false, true",
        "CONTACTED,         PARTNER,               false, true",
        "ARRIVED,           PARTNER,               false, true",
        "SOLUTION_PROPOSED, PARTNER,               false, true",
        "RESOLVED,          PARTNER,               false, true",
        "ACCEPTED,          PARTNER,               false, true",
        "CLOSED,            PARTNER,               false, true",
        "RECEIVED,          PARTNER,               false, true",
        "COLLECTED,         WAREHOUSE,             true,  false",
        "COLLECTED,         TECHNICIAN,            false, true",
        "NOTE,              QUALITY,               true,  false",
        "REGISTERED,        AGENT,                 false, true",
        "REOPENED,          ADMIN,                 true,  false",
    })
    void table(TicketEventType type, String roles, boolean allowed, boolean ownOnly) {
        Set<String> held = Set.of(roles.split("\\+"));
        boolean may = held.contains(Roles.ADMIN)
                || EventPermissions.rolesFor(type).stream().anyMatch(held::contains);
        assertEquals(allowed, may);
        assertEquals(ownOnly, EventPermissions.onlyOwnTickets(type, held::contains));
    }
}
