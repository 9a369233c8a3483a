package org.aftersales.parts.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.aftersales.domain.parts.DefectiveDisposition;
import org.aftersales.domain.parts.PartRequest;
import org.aftersales.domain.parts.PartRequestLine;
import org.aftersales.domain.parts.PartRequestStatus;

/** P4: what {@link PartRequests} takes and gives; entities stay inside. */
public final class PartRequestViews {

    private PartRequestViews() {
    }

    public record NewRequest(String ticketNumber, String servicePoint, String note, List<NewLine> lines)
            implements Serializable {
    }

    public record NewLine(String partNumber, Integer qty) implements Serializable {
    }

    public record Usage(String partNumber, Integer used, Integer defectiveReturned, DefectiveDisposition disposition)
            implements Serializable {
    }

    public record LineView(int lineNo, String partNumber, int requested, int issued, boolean toBuy, Integer used,
            int defectiveReturned, DefectiveDisposition disposition) implements Serializable {
        static LineView of(PartRequestLine l) {
            return new LineView(l.getLineNo(), l.getPartNumber(), l.getRequested(), l.getIssued(), l.isToBuy(),
                    l.getUsed(), l.getDefectiveReturned(), l.getDisposition());
        }
    }

    public record RequestView(long id, String ticketNumber, String servicePoint, PartRequestStatus status,
            String requestedBy, Instant requestedAt, String note, String decidedBy, Instant decidedAt,
            String slipNumber, String rejectReason, List<LineView> lines, long version) implements Serializable {
        static RequestView of(PartRequest r) {
            return new RequestView(r.getId(), r.getTicketNumber(), r.getServicePoint(), r.getStatus(),
                    r.getRequestedBy(), r.getRequestedAt(), r.getNote(), r.getDecidedBy(), r.getDecidedAt(),
                    r.getSlipNumber(), r.getRejectReason(), r.getLines().stream().map(LineView::of).toList(),
                    r.getVersion());
        }
    }
}
