package org.aftersales.domain.tickets;

import java.time.Duration;
import java.util.Objects;

/**
 * T4, T5: the SLA of one fault level — on site within {@code arrive} of registration, a solution
 * proposed within {@code solution} of arrival (none for general faults) and the fault eliminated
 * within {@code resolve} of arrival. Defaults live in the {@code sla_term} table, edited by an
 * administrator.
 */
public record SlaTerms(FaultLevel level, Duration arrive, Duration solution, Duration resolve) {

    public SlaTerms {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(arrive, "arrive");
        Objects.requireNonNull(resolve, "resolve");
        if (arrive.isNegative()
                || arrive.isZero()
                || resolve.isNegative()
                || resolve.isZero()
                || (solution != null && (solution.isNegative() || solution.isZero()))) {
            throw new IllegalArgumentException("SLA durations must be positive");
        }
    }

    public static SlaTerms ofHours(FaultLevel level, int arrive, Integer solution, int resolve) {
        return new SlaTerms(
                level,
                Duration.ofHours(arrive),
                solution == null ? null : Duration.ofHours(solution),
                Duration.ofHours(resolve));
    }

    /** API.md defaults: GENERAL 24 h / – / 4 h, MAJOR 48 h / 4 h / 12 h. */
    public static SlaTerms defaults(FaultLevel level) {
        return level == FaultLevel.MAJOR ? ofHours(level, 48, 4, 12) : ofHours(level, 24, null, 4);
    }
}
