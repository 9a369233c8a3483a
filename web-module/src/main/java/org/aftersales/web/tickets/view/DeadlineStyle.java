package org.aftersales.web.tickets.view;

import java.time.Duration;
import java.time.Instant;

/**
 * T4, T5: how a running deadline looks in the lists — red once it is past, amber while it is due
 * within the SLA watch's warning period ({@code sla.due-soon-minutes}, 2 h by default), plain
 * otherwise.
 */
public final class DeadlineStyle {

    public static final String OVERDUE = "as-overdue";
    public static final String DUE_SOON = "as-due-soon";

    private DeadlineStyle() {}

    public static String of(Instant deadline, Instant now, Duration dueSoon) {
        if (deadline == null) {
            return "";
        }
        if (deadline.isBefore(now)) {
            return OVERDUE;
        }
        return deadline.isAfter(now.plus(dueSoon)) ? "" : DUE_SOON;
    }
}
