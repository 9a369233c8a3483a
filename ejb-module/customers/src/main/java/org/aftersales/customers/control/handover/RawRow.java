package org.aftersales.customers.control.handover;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a hand-over file as text, before its columns are known: the line a person sees it on
 * (CSV: where the record starts; XLSX: the sheet's row number) and its cells, blank cells as
 * {@code null} or empty. Dates from spreadsheet date cells are already {@code yyyy-MM-dd}.
 */
record RawRow(int line, List<String> cells) {

    RawRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells)); // a list.copyOf would refuse null cells
    }

    boolean blank() {
        return cells.stream().allMatch(c -> c == null || HandoverParser.clean(c) == null);
    }
}
