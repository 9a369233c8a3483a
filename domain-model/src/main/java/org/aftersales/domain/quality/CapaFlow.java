package org.aftersales.domain.quality;

import java.util.Map;
import java.util.Optional;

/**
 * Q3: the one path of a corrective action — proposed → confirmed → in progress → verified → closed.
 * Every other step (skipping, going back, repeating, anything after closed) is illegal. Closing is
 * only asked for: it takes effect when its approval (kind CAPA_CLOSURE) is granted.
 */
public final class CapaFlow {

    private static final Map<CapaState, CapaState> NEXT = Map.of(
            CapaState.PROPOSED, CapaState.CONFIRMED,
            CapaState.CONFIRMED, CapaState.IN_PROGRESS,
            CapaState.IN_PROGRESS, CapaState.VERIFIED,
            CapaState.VERIFIED, CapaState.CLOSED);

    private CapaFlow() {}

    public static Optional<CapaState> next(CapaState from) {
        return Optional.ofNullable(NEXT.get(from));
    }

    public static boolean allowed(CapaState from, CapaState to) {
        return to != null && next(from).filter(to::equals).isPresent();
    }

    /** Q3: an open item past its deadline (the deadline day itself still counts as in time). */
    public static boolean overdue(CapaState state, java.time.LocalDate deadline, java.time.LocalDate today) {
        return state != CapaState.CLOSED && deadline != null && today.isAfter(deadline);
    }
}
