package org.aftersales.parts.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.aftersales.domain.parts.DefectiveDisposition;
import org.aftersales.domain.parts.PartRequest;
import org.aftersales.domain.parts.PartRequestLine;
import org.aftersales.domain.parts.PartRequestStatus;
import org.aftersales.parts.control.Checks.KnownServicePoint;
import org.aftersales.parts.control.Checks.KnownTicket;
import org.aftersales.parts.control.Checks.Lines;
import org.aftersales.parts.control.Checks.PartLine;
import org.aftersales.parts.control.Checks.Quantity;

/**
 * P4: what {@link PartRequests} takes and gives; entities stay inside. {@code POST /part-requests}
 * takes {@link NewRequest} as its JSON.
 */
public final class PartRequestViews {

    /** The most lines on one request. */
    public static final int MAX_LINES = 50;

    private PartRequestViews() {}

    public record NewRequest(
            @NotBlank @KnownTicket String ticketNumber,
            @NotBlank @KnownServicePoint String servicePoint,
            @Size(max = 500) String note,

            @Lines(max = MAX_LINES, distinct = true, known = true)
            List<@Valid NewLine> lines)
            implements Serializable {}

    public record NewLine(
            @NotBlank String partNumber,
            @Quantity(positive = true) Integer qty) implements Serializable, PartLine {}

    public record Usage(String partNumber, Integer used, Integer defectiveReturned, DefectiveDisposition disposition)
            implements Serializable {}

    public record LineView(
            int lineNo,
            String partNumber,
            int requested,
            int issued,
            boolean toBuy,
            Integer used,
            int defectiveReturned,
            DefectiveDisposition disposition)
            implements Serializable {
        static LineView of(PartRequestLine l) {
            return new LineView(
                    l.getLineNo(),
                    l.getPartNumber(),
                    l.getRequested(),
                    l.getIssued(),
                    l.isToBuy(),
                    l.getUsed(),
                    l.getDefectiveReturned(),
                    l.getDisposition());
        }
    }

    public record RequestView(
            long id,
            String ticketNumber,
            String servicePoint,
            PartRequestStatus status,
            String requestedBy,
            Instant requestedAt,
            String note,
            String decidedBy,
            Instant decidedAt,
            String slipNumber,
            String rejectReason,
            List<LineView> lines,
            long version)
            implements Serializable {
        static RequestView of(PartRequest r) {
            return new RequestView(
                    r.getId(),
                    r.getTicketNumber(),
                    r.getServicePoint(),
                    r.getStatus(),
                    r.getRequestedBy(),
                    r.getRequestedAt(),
                    r.getNote(),
                    r.getDecidedBy(),
                    r.getDecidedAt(),
                    r.getSlipNumber(),
                    r.getRejectReason(),
                    r.getLines().stream().map(LineView::of).toList(),
                    r.getVersion());
        }
    }
}
