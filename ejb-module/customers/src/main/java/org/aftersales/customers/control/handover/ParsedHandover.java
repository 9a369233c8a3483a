package org.aftersales.customers.control.handover;

import java.util.List;

/** C2: the rows of a hand-over file that can be imported, and those that cannot. */
public record ParsedHandover(List<HandoverRow> rows, List<RejectedRow> rejected) {

    public ParsedHandover {
        rows = List.copyOf(rows);
        rejected = List.copyOf(rejected);
    }
}
