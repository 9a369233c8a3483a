package org.aftersales.customers.control.handover;

import java.util.List;

/** C2: a row of the hand-over file that cannot be imported, with its line and the reason (bundle key + arguments). */
public record RejectedRow(int line, String serialNumber, String reasonKey, List<String> reasonArgs) {

    public RejectedRow {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }
}
