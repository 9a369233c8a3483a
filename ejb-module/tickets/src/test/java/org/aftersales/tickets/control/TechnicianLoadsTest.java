package org.aftersales.tickets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.tickets.TicketStatus;
import org.aftersales.tickets.boundary.TicketViews.TechnicianLoad;
import org.junit.jupiter.api.Test;

/** T4: the technicians on the dispatch board and their loads. */
class TechnicianLoadsTest {

    private static StaffMember technician(String username, String region) {
        return new StaffMember(
                username,
                "技术员" + username,
                Set.of(Role.TECHNICIAN),
                region,
                Set.of(Qualification.ELECTRICIAN),
                null,
                null,
                "zh_CN",
                true);
    }

    @Test
    void openMeansWorkStillOwedNeitherFinalNorAcceptedNorCollected() {
        assertEquals(
                EnumSet.of(
                        TicketStatus.REGISTERED,
                        TicketStatus.DISPATCHED,
                        TicketStatus.ON_SITE,
                        TicketStatus.RECEIVED,
                        TicketStatus.SOLUTION_PROPOSED,
                        TicketStatus.RESOLVED,
                        TicketStatus.READY_FOR_PICKUP),
                TechnicianLoads.openStatuses());
    }

    @Test
    void todayRunsFromMidnightToMidnightInTheConfiguredZone() {
        Instant[] day = TechnicianLoads.day(LocalDate.of(2026, 11, 26), ZoneId.of("Asia/Shanghai"));
        assertEquals(Instant.parse("2026-11-25T16:00:00Z"), day[0]);
        assertEquals(Instant.parse("2026-11-26T16:00:00Z"), day[1]);
    }

    @Test
    void aBlankRegionMeansEveryRegion() {
        assertTrue(TechnicianLoads.inRegion(technician("a", "天津"), null));
        assertTrue(TechnicianLoads.inRegion(technician("a", "天津"), " "));
        assertTrue(TechnicianLoads.inRegion(technician("a", "天津"), " 天津 "));
        assertFalse(TechnicianLoads.inRegion(technician("a", "天津"), "北京"));
        assertFalse(TechnicianLoads.inRegion(technician("a", null), "北京"));
    }

    @Test
    void leastLoadedComeFirstAndTechniciansWithoutTicketsCountZero() {
        List<TechnicianLoad> loads = TechnicianLoads.of(
                List.of(technician("busy", "天津"), technician("free", "天津"), technician("due", "天津")),
                Map.of(
                        "busy",
                        new TechnicianLoads.Load(5, 1),
                        "due",
                        new TechnicianLoads.Load(2, 2),
                        "stranger",
                        new TechnicianLoads.Load(9, 9)));
        assertEquals(
                List.of("free", "due", "busy"),
                loads.stream().map(TechnicianLoad::username).toList());
        assertEquals(0, loads.get(0).openTickets());
        assertEquals(0, loads.get(0).dueToday());
        assertEquals(2, loads.get(1).dueToday());
        assertEquals(Set.of(Qualification.ELECTRICIAN), loads.get(2).qualifications());
    }

    @Test
    void onEqualLoadsFewerDueTodayThenTheNameDecide() {
        List<TechnicianLoad> loads = TechnicianLoads.of(
                List.of(technician("b", "天津"), technician("c", "天津"), technician("a", "天津")),
                Map.of(
                        "b",
                        new TechnicianLoads.Load(1, 0),
                        "c",
                        new TechnicianLoads.Load(1, 1),
                        "a",
                        new TechnicianLoads.Load(1, 0)));
        assertEquals(
                List.of("a", "b", "c"),
                loads.stream().map(TechnicianLoad::username).toList());
    }
}
