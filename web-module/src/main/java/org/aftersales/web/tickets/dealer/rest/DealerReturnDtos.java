package org.aftersales.web.tickets.dealer.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.domain.shared.SingleLine;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnSummary;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnView;
import org.aftersales.web.shared.rest.ApiTime;

/** The JSON of {@code /dealer-returns} (T7, 产品售后管理表): enum names, dates YYYY-MM-DD, instants with offset. */
public final class DealerReturnDtos {

    private DealerReturnDtos() {}

    /** Items 1–8, filled in by the dealer. The dealer: {@code dealerCustomerId}, or its exact name. */
    public record NewDealerReturn(
            Long dealerCustomerId,

            @Size(max = 200, message = "{validation.tooLong}") @SingleLine
            String dealerName,

            @NotBlank(message = "{validation.required}") String feedbackDate,

            @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") @SingleLine
            String model,

            @Size(max = 32, message = "{validation.tooLong}") @SingleLine
            String colour,

            @Size(max = 64, message = "{validation.tooLong}") @SingleLine
            String serialNumber,

            String purchaseDate,

            @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
            String problem,

            @NotBlank(message = "{validation.required}") String arrival,

            @Size(max = 100, message = "{validation.tooLong}") @SingleLine
            String courierCompany,

            @Size(max = 64, message = "{validation.tooLong}") @SingleLine
            String trackingNumber,

            @NotBlank(message = "{validation.required}") String wantedHandling,
            @NotNull(message = "{validation.required}") Integer turnaroundDays) {}

    /** Items 9–10: the receiving check; {@code receivedAt} now when absent. */
    public record ReceivingCheck(
            @NotNull(message = "{validation.required}") Long version,
            String receivedAt,
            @NotBlank(message = "{validation.required}") String appearance,
            @NotBlank(message = "{validation.required}") String function,

            @Size(max = 500, message = "{validation.tooLong}")
            String functionNote,

            @Size(max = 500, message = "{validation.tooLong}")
            String accessories,

            @Size(max = 500, message = "{validation.tooLong}")
            String note) {}

    /** Item 11. */
    public record Judgement(
            @NotNull(message = "{validation.required}") Long version,
            @NotBlank(message = "{validation.required}") String judgement,

            @Size(max = 500, message = "{validation.tooLong}")
            String note) {}

    /** Item 12. */
    public record Decision(
            @NotNull(message = "{validation.required}") Long version,
            @NotBlank(message = "{validation.required}") String handling,

            @Size(max = 500, message = "{validation.tooLong}")
            String note) {}

    /** Item 13. */
    public record Disposition(
            @NotNull(message = "{validation.required}") Long version,
            @NotBlank(message = "{validation.required}") String disposition,

            @Size(max = 500, message = "{validation.tooLong}")
            String note) {}

    @JsonbNillable
    public record DealerReturn(
            String number,
            String stage,
            String ticketNumber,
            Long dealerCustomerId,
            String dealerName,
            String feedbackDate,
            String model,
            String colour,
            String serialNumber,
            String purchaseDate,
            String problem,
            String arrival,
            String courierCompany,
            String trackingNumber,
            String wantedHandling,
            int turnaroundDays,
            String receivedAt,
            String receivedBy,
            String appearance,
            String function,
            String functionNote,
            String accessories,
            String receivingNote,
            String dueDate,
            boolean overdue,
            String judgement,
            String judgementNote,
            String judgedAt,
            String judgedBy,
            String handling,
            String decisionNote,
            String decidedAt,
            String decidedBy,
            String disposition,
            String dispositionNote,
            String closedAt,
            String closedBy,
            String createdAt,
            String createdBy,
            long version) {

        static DealerReturn of(DealerReturnView r, ZoneId zone) {
            return new DealerReturn(
                    r.number(),
                    r.stage().name(),
                    r.ticketNumber(),
                    r.dealerCustomerId(),
                    r.dealerName(),
                    date(r.feedbackDate()),
                    r.model(),
                    r.colour(),
                    r.serialNumber(),
                    date(r.purchaseDate()),
                    r.problem(),
                    name(r.arrival()),
                    r.courierCompany(),
                    r.trackingNumber(),
                    name(r.wantedHandling()),
                    r.turnaroundDays(),
                    ApiTime.format(r.receivedAt(), zone),
                    r.receivedBy(),
                    name(r.appearance()),
                    name(r.function()),
                    r.functionNote(),
                    r.accessories(),
                    r.receivingNote(),
                    date(r.dueDate()),
                    r.overdue(),
                    name(r.judgement()),
                    r.judgementNote(),
                    ApiTime.format(r.judgedAt(), zone),
                    r.judgedBy(),
                    name(r.handling()),
                    r.decisionNote(),
                    ApiTime.format(r.decidedAt(), zone),
                    r.decidedBy(),
                    name(r.disposition()),
                    r.dispositionNote(),
                    ApiTime.format(r.closedAt(), zone),
                    r.closedBy(),
                    ApiTime.format(r.createdAt(), zone),
                    r.createdBy(),
                    r.version());
        }
    }

    @JsonbNillable
    public record DealerReturnListItem(
            String number,
            String stage,
            String ticketNumber,
            Long dealerCustomerId,
            String dealerName,
            String feedbackDate,
            String model,
            String colour,
            String serialNumber,
            String wantedHandling,
            int turnaroundDays,
            String receivedAt,
            String dueDate,
            boolean overdue,
            String judgement,
            String handling,
            String disposition) {

        static DealerReturnListItem of(DealerReturnSummary r, ZoneId zone) {
            return new DealerReturnListItem(
                    r.number(),
                    r.stage().name(),
                    r.ticketNumber(),
                    r.dealerCustomerId(),
                    r.dealerName(),
                    date(r.feedbackDate()),
                    r.model(),
                    r.colour(),
                    r.serialNumber(),
                    name(r.wantedHandling()),
                    r.turnaroundDays(),
                    ApiTime.format(r.receivedAt(), zone),
                    date(r.dueDate()),
                    r.overdue(),
                    name(r.judgement()),
                    name(r.handling()),
                    name(r.disposition()));
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
