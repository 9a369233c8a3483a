package org.aftersales.tickets.dealer.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.aftersales.domain.tickets.dealer.Appearance;
import org.aftersales.domain.tickets.dealer.Arrival;
import org.aftersales.domain.tickets.dealer.DealerReturn;
import org.aftersales.domain.tickets.dealer.DealerReturnStage;
import org.aftersales.domain.tickets.dealer.Disposition;
import org.aftersales.domain.tickets.dealer.FunctionCheck;
import org.aftersales.domain.tickets.dealer.Handling;
import org.aftersales.domain.tickets.dealer.Judgement;
import org.aftersales.domain.tickets.dealer.WantedHandling;

/** What the dealer-returns boundary takes in and gives out (T7); never entities. */
public final class DealerReturnViews {

    private DealerReturnViews() {}

    /**
     * T7 items 1–8. The dealer is a customer of type DEALER (C1): by {@code dealerCustomerId}, or
     * by its exact name when the id is not known.
     */
    public record NewDealerReturn(
            Long dealerCustomerId,
            String dealerName,
            LocalDate feedbackDate,
            String model,
            String colour,
            String serialNumber,
            LocalDate purchaseDate,
            String problem,
            Arrival arrival,
            String courierCompany,
            String trackingNumber,
            WantedHandling wantedHandling,
            Integer turnaroundDays)
            implements Serializable {}

    /** T7 items 9–10; {@code receivedAt} defaults to now. {@code version} guards against lost updates. */
    public record ReceivingInput(
            long version,
            Instant receivedAt,
            Appearance appearance,
            FunctionCheck function,
            String functionNote,
            String accessories,
            String note)
            implements Serializable {}

    /** T7 item 11. */
    public record JudgementInput(long version, Judgement judgement, String note) implements Serializable {}

    /** T7 item 12. */
    public record DecisionInput(long version, Handling handling, String note) implements Serializable {}

    /** T7 item 13. */
    public record DispositionInput(long version, Disposition disposition, String note) implements Serializable {}

    /** The whole form. {@code overdue}: still open after the due date (T7). */
    public record DealerReturnView(
            String number,
            String department,
            DealerReturnStage stage,
            String ticketNumber,
            Long dealerCustomerId,
            String dealerName,
            LocalDate feedbackDate,
            String model,
            String colour,
            String serialNumber,
            LocalDate purchaseDate,
            String problem,
            Arrival arrival,
            String courierCompany,
            String trackingNumber,
            WantedHandling wantedHandling,
            int turnaroundDays,
            Instant receivedAt,
            String receivedBy,
            Appearance appearance,
            FunctionCheck function,
            String functionNote,
            String accessories,
            String receivingNote,
            LocalDate dueDate,
            boolean overdue,
            Judgement judgement,
            String judgementNote,
            Instant judgedAt,
            String judgedBy,
            Handling handling,
            String decisionNote,
            Instant decidedAt,
            String decidedBy,
            Disposition disposition,
            String dispositionNote,
            Instant closedAt,
            String closedBy,
            Instant createdAt,
            String createdBy,
            long version)
            implements Serializable {

        static DealerReturnView of(DealerReturn r, LocalDate today) {
            return new DealerReturnView(
                    r.getNumber(),
                    r.getDepartment(),
                    r.getStage(),
                    r.getTicketNumber(),
                    r.getDealerCustomerId(),
                    r.getDealerName(),
                    r.getFeedbackDate(),
                    r.getModel(),
                    r.getColour(),
                    r.getSerialNumber(),
                    r.getPurchaseDate(),
                    r.getProblem(),
                    r.getArrival(),
                    r.getCourierCompany(),
                    r.getTrackingNumber(),
                    r.getWantedHandling(),
                    r.getTurnaroundDays(),
                    r.getReceivedAt(),
                    r.getReceivedBy(),
                    r.getAppearance(),
                    r.getFunction(),
                    r.getFunctionNote(),
                    r.getAccessories(),
                    r.getReceivingNote(),
                    r.getDueDate(),
                    r.isOverdue(today),
                    r.getJudgement(),
                    r.getJudgementNote(),
                    r.getJudgedAt(),
                    r.getJudgedBy(),
                    r.getHandling(),
                    r.getDecisionNote(),
                    r.getDecidedAt(),
                    r.getDecidedBy(),
                    r.getDisposition(),
                    r.getDispositionNote(),
                    r.getClosedAt(),
                    r.getClosedBy(),
                    r.getCreatedAt(),
                    r.getCreatedBy(),
                    r.getVersion());
        }
    }

    /** A row of the list. */
    public record DealerReturnSummary(
            String number,
            DealerReturnStage stage,
            String ticketNumber,
            Long dealerCustomerId,
            String dealerName,
            LocalDate feedbackDate,
            String model,
            String colour,
            String serialNumber,
            Arrival arrival,
            WantedHandling wantedHandling,
            int turnaroundDays,
            Instant receivedAt,
            LocalDate dueDate,
            boolean overdue,
            Judgement judgement,
            Handling handling,
            Disposition disposition)
            implements Serializable {

        static DealerReturnSummary of(DealerReturn r, LocalDate today) {
            return new DealerReturnSummary(
                    r.getNumber(),
                    r.getStage(),
                    r.getTicketNumber(),
                    r.getDealerCustomerId(),
                    r.getDealerName(),
                    r.getFeedbackDate(),
                    r.getModel(),
                    r.getColour(),
                    r.getSerialNumber(),
                    r.getArrival(),
                    r.getWantedHandling(),
                    r.getTurnaroundDays(),
                    r.getReceivedAt(),
                    r.getDueDate(),
                    r.isOverdue(today),
                    r.getJudgement(),
                    r.getHandling(),
                    r.getDisposition());
        }
    }

    /**
     * The list's filters; null means "any". {@code text} is a return or ticket number, a serial number
     * or part of the dealer's name; {@code overdue} keeps open returns past their due date.
     */
    public record DealerReturnQuery(
            String text,
            Long dealerCustomerId,
            Set<DealerReturnStage> stages,
            Boolean overdue,
            LocalDate receivedFrom,
            LocalDate receivedTo)
            implements Serializable {

        public static DealerReturnQuery all() {
            return new DealerReturnQuery(null, null, null, null, null, null);
        }
    }

    /** T6: what the carry-in paper of a ticket needs from the dealer return behind it, if any. */
    public record ReturnedUnit(
            String returnNumber, String dealerName, String model, String colour, String serialNumber, String problem)
            implements Serializable {

        static ReturnedUnit of(DealerReturn r) {
            return new ReturnedUnit(
                    r.getNumber(), r.getDealerName(), r.getModel(), r.getColour(), r.getSerialNumber(), r.getProblem());
        }
    }
}
