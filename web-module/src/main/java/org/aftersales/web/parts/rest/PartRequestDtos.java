package org.aftersales.web.parts.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.parts.boundary.PartRequestViews.LineView;
import org.aftersales.parts.boundary.PartRequestViews.RequestView;
import org.aftersales.web.shared.rest.ApiTime;

/** P4: the JSON of {@code /part-requests}; a new request is read straight into {@code PartRequestViews.NewRequest}. */
public final class PartRequestDtos {

    private PartRequestDtos() {}

    public record Issue(String note) {}

    public record ToBuy(List<String> partNumbers) {}

    public record Rejection(String reason) {}

    /** P4: the used quantities; the disposition an enum name. */
    public record Usages(List<Usage> lines) {}

    public record Usage(String partNumber, Integer used, Integer defectiveReturned, String disposition) {}

    @JsonbNillable
    public record Line(
            int lineNo,
            String partNumber,
            int requested,
            int issued,
            boolean toBuy,
            Integer used,
            int defectiveReturned,
            String disposition) {
        static Line of(LineView l) {
            return new Line(
                    l.lineNo(),
                    l.partNumber(),
                    l.requested(),
                    l.issued(),
                    l.toBuy(),
                    l.used(),
                    l.defectiveReturned(),
                    l.disposition() == null ? null : l.disposition().name());
        }
    }

    @JsonbNillable
    public record Request(
            long id,
            String ticketNumber,
            String servicePoint,
            String status,
            String requestedBy,
            String requestedAt,
            String note,
            String decidedBy,
            String decidedAt,
            String slipNumber,
            String rejectReason,
            List<Line> lines,
            long version) {
        static Request of(RequestView r, ZoneId zone) {
            return new Request(
                    r.id(),
                    r.ticketNumber(),
                    r.servicePoint(),
                    r.status().name(),
                    r.requestedBy(),
                    ApiTime.format(r.requestedAt(), zone),
                    r.note(),
                    r.decidedBy(),
                    ApiTime.format(r.decidedAt(), zone),
                    r.slipNumber(),
                    r.rejectReason(),
                    r.lines().stream().map(Line::of).toList(),
                    r.version());
        }
    }
}
