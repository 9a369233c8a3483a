package org.aftersales.domain.quality;

import java.util.Map;
import java.util.Optional;

/**
 * Q2: the one path of a complaint — accepted → classified → investigating → solved → replied →
 * archived. Every other step (skipping, going back, repeating, anything after archived) is illegal.
 */
public final class ComplaintFlow {

    private static final Map<ComplaintState, ComplaintState> NEXT = Map.of(
            ComplaintState.ACCEPTED, ComplaintState.CLASSIFIED,
            ComplaintState.CLASSIFIED, ComplaintState.INVESTIGATING,
            ComplaintState.INVESTIGATING, ComplaintState.SOLVED,
            ComplaintState.SOLVED, ComplaintState.REPLIED,
            ComplaintState.REPLIED, ComplaintState.ARCHIVED);

    private ComplaintFlow() {}

    /** The state a complaint in {@code from} may move to, if any. */
    public static Optional<ComplaintState> next(ComplaintState from) {
        return Optional.ofNullable(NEXT.get(from));
    }

    public static boolean allowed(ComplaintState from, ComplaintState to) {
        return to != null && next(from).filter(to::equals).isPresent();
    }

    /** Q1, Q2: the reply promised to the customer is owed until the complaint is replied to. */
    public static boolean replyOwed(ComplaintState state) {
        return state != ComplaintState.REPLIED && state != ComplaintState.ARCHIVED;
    }
}
