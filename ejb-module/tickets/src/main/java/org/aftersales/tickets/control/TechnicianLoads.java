package org.aftersales.tickets.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.domain.tickets.TicketStatus;
import org.aftersales.tickets.boundary.TicketViews.TechnicianLoad;

/**
 * T4: the technicians on the dispatch board with their load — the tickets still owed to customers
 * and those whose running deadline falls today — least loaded first, so the dispatcher sees who is
 * free at the top.
 */
public final class TechnicianLoads {

    /** What one technician carries: open tickets, and of those the ones due today. */
    public record Load(long open, long dueToday) {
        public static final Load NONE = new Load(0, 0);
    }

    private TechnicianLoads() {}

    /** The statuses in which work is still owed (not final, not accepted or collected). */
    public static Set<TicketStatus> openStatuses() {
        Set<TicketStatus> open = EnumSet.noneOf(TicketStatus.class);
        for (TicketStatus status : TicketStatus.values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        return open;
    }

    /** The day in {@code zone} as a half-open interval of instants: [start, end). */
    public static Instant[] day(LocalDate date, ZoneId zone) {
        return new Instant[] {
            date.atStartOfDay(zone).toInstant(),
            date.plusDays(1).atStartOfDay(zone).toInstant()
        };
    }

    /** Whether a technician works in {@code region}; a blank region means every region. */
    public static boolean inRegion(StaffMember technician, String region) {
        return region == null || region.isBlank() || region.strip().equals(technician.region());
    }

    /** The technicians with their loads, least open tickets first, then fewest due today, then by name. */
    public static List<TechnicianLoad> of(List<StaffMember> technicians, Map<String, Load> loads) {
        return technicians.stream()
                .map(s -> {
                    Load load = loads.getOrDefault(s.username(), Load.NONE);
                    return new TechnicianLoad(
                            s.username(),
                            s.displayName(),
                            s.region(),
                            s.qualifications(),
                            load.open(),
                            load.dueToday());
                })
                .sorted(Comparator.comparingLong(TechnicianLoad::openTickets)
                        .thenComparingLong(TechnicianLoad::dueToday)
                        .thenComparing(TechnicianLoad::username))
                .toList();
    }
}
