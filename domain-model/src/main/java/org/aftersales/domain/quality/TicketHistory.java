package org.aftersales.domain.quality;

import java.io.Serializable;
import java.time.Instant;
import org.aftersales.domain.tickets.ServiceKind;

/**
 * Q8: what the KPIs need to know of one ticket — its last cycle's clock (from the call, or from the
 * reopening, to the close) and how often it was reopened; the survey's score and the repair
 * evaluation's scores when there are any. The quality context keeps it as a fact row fed by the
 * tickets' events ({@link TicketFact}); the unit tests craft it by hand.
 *
 * @param cycleStart registration, or the last reopening
 * @param closedAt null while the ticket is not (again) closed: it then counts nowhere
 */
public record TicketHistory(
        String number,
        String serialNumber,
        ServiceKind kind,
        Instant cycleStart,
        int reopenings,
        Instant arriveBy,
        Instant arrivedAt,
        Instant solutionBy,
        Instant solutionAt,
        Instant resolveBy,
        Instant resolvedAt,
        Instant closedAt,
        Integer score,
        Integer quality,
        Integer attitude)
        implements Serializable {

    /** The first registration: the cycle start of a ticket never reopened (a reopened one: unknown here). */
    public Instant registeredAt() {
        return cycleStart;
    }
}
