package org.aftersales.quality.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.quality.Complaint;
import org.aftersales.domain.quality.ComplaintCategory;
import org.aftersales.domain.quality.ComplaintChannel;
import org.aftersales.domain.quality.ComplaintEvent;
import org.aftersales.domain.quality.ComplaintEventType;
import org.aftersales.domain.quality.ComplaintSeverity;
import org.aftersales.domain.quality.ComplaintState;
import org.aftersales.domain.quality.ReplyMethod;
import org.aftersales.domain.quality.ReturnVisit;
import org.aftersales.domain.quality.SatisfactionLevel;
import org.aftersales.domain.quality.Survey;
import org.aftersales.domain.quality.VisitReason;
import org.aftersales.domain.quality.VisitResult;
import org.aftersales.domain.quality.VisitState;
import org.aftersales.domain.shared.SingleLine;

/** What the quality boundaries take and give; never entities. */
public final class QualityViews {

    private QualityViews() {}

    /** Q1: a complaint as it is taken (API.md {@code POST /complaints}). */
    public record NewComplaint(
            @Min(1) Long customerId,
            @Size(max = 64) @SingleLine String serialNumber,
            @Size(max = 32) @SingleLine String ticketNumber,
            @NotNull ComplaintChannel channel,
            @NotNull ComplaintCategory category,
            @NotNull ComplaintSeverity severity,
            @NotBlank @Size(max = 2000) String description)
            implements Serializable {}

    /** Q2: a step of the flow; INVESTIGATING names owner and department, REPLIED method and reaction. */
    public record ComplaintStep(
            @NotNull ComplaintState type,
            @Size(max = 1000) String note,
            @Size(max = 64) @SingleLine String owner,
            @Size(max = 60) @SingleLine String department,
            ReplyMethod replyMethod,
            @Size(max = 500) String customerReaction,
            ComplaintCategory category,
            ComplaintSeverity severity)
            implements Serializable {

        public ComplaintStep(
                ComplaintState type,
                String note,
                String owner,
                String department,
                ReplyMethod replyMethod,
                String customerReaction) {
            this(type, note, owner, department, replyMethod, customerReaction, null, null);
        }
    }

    /**
     * Q2: the filters of the complaint list; each may be empty. {@code overdue}: only those whose
     * promised reply is owed and past.
     */
    public record ComplaintFilter(
            ComplaintState state, String ticketNumber, String serialNumber, ComplaintSeverity severity, boolean overdue)
            implements Serializable {

        public ComplaintFilter(ComplaintState state, String ticketNumber, String serialNumber) {
            this(state, ticketNumber, serialNumber, null, false);
        }
    }

    public record ComplaintEventView(
            ComplaintEventType type,
            String note,
            String by,
            Instant at,
            ComplaintCategory categoryFrom,
            ComplaintCategory categoryTo,
            ComplaintSeverity severityFrom,
            ComplaintSeverity severityTo)
            implements Serializable {
        static ComplaintEventView of(ComplaintEvent e) {
            return new ComplaintEventView(
                    e.getType(),
                    e.getNote(),
                    e.getBy(),
                    e.getAt(),
                    e.getCategoryFrom(),
                    e.getCategoryTo(),
                    e.getSeverityFrom(),
                    e.getSeverityTo());
        }
    }

    /** 客户投诉处理报告单 as the API and the screens show it. */
    public record ComplaintView(
            String number,
            ComplaintState state,
            ComplaintChannel channel,
            ComplaintCategory category,
            ComplaintSeverity severity,
            String description,
            Long customerId,
            String serialNumber,
            String ticketNumber,
            String technician,
            Instant acceptedAt,
            String acceptedBy,
            Instant replyBy,
            String owner,
            String department,
            ReplyMethod replyMethod,
            String customerReaction,
            boolean replyPending,
            String replyRejection,
            Instant repliedAt,
            Instant archivedAt,
            List<ComplaintEventView> events,
            long version)
            implements Serializable {

        public static ComplaintView of(Complaint c) {
            return new ComplaintView(
                    c.getNumber(),
                    c.getState(),
                    c.getChannel(),
                    c.getCategory(),
                    c.getSeverity(),
                    c.getDescription(),
                    c.getCustomerId(),
                    c.getSerialNumber(),
                    c.getTicketNumber(),
                    c.getTechnician(),
                    c.getAcceptedAt(),
                    c.getAcceptedBy(),
                    c.getReplyBy(),
                    c.getOwner(),
                    c.getResponsibleDepartment(),
                    c.getReplyMethod(),
                    c.getCustomerReaction(),
                    c.isReplyPending(),
                    c.getReplyRejection(),
                    c.getRepliedAt(),
                    c.getArchivedAt(),
                    c.getEvents().stream().map(ComplaintEventView::of).toList(),
                    c.getVersion());
        }
    }

    /** A line of the complaint list. */
    public record ComplaintSummary(
            String number,
            ComplaintState state,
            ComplaintChannel channel,
            ComplaintCategory category,
            ComplaintSeverity severity,
            String ticketNumber,
            String serialNumber,
            Instant acceptedAt,
            Instant replyBy,
            String owner,
            boolean replyPending)
            implements Serializable {

        public static ComplaintSummary of(Complaint c) {
            return new ComplaintSummary(
                    c.getNumber(),
                    c.getState(),
                    c.getChannel(),
                    c.getCategory(),
                    c.getSeverity(),
                    c.getTicketNumber(),
                    c.getSerialNumber(),
                    c.getAcceptedAt(),
                    c.getReplyBy(),
                    c.getOwner(),
                    c.isReplyPending());
        }
    }

    /** Q4: a problem the customer raised on the visit, opened as a complaint (channel RETURN_VISIT). */
    public record VisitProblem(
            @NotNull ComplaintCategory category,
            @NotNull ComplaintSeverity severity,
            @NotBlank @Size(max = 2000) String description)
            implements Serializable {}

    /** Q4: the outcome of a visit call; remarks may be empty (nothing to say), a problem opens a complaint. */
    public record VisitOutcome(
            @NotNull VisitResult result,
            @Size(max = 1000) String remarks,
            @Valid VisitProblem complaint) implements Serializable {}

    /** Q4: a visit on the call list (API.md {@code GET /return-visits}). */
    public record VisitView(
            long id,
            String serialNumber,
            Long customerId,
            String ticketNumber,
            VisitReason reason,
            LocalDate dueFrom,
            LocalDate dueUntil,
            VisitState state,
            int attempts,
            VisitResult lastResult,
            String remarks,
            String complaintNumber,
            long version,
            String visitedBy,
            Instant visitedAt)
            implements Serializable {

        /** Q4: the visit is still open and its window has passed. */
        public boolean overdue(LocalDate today) {
            return (state == VisitState.DUE || state == VisitState.RETRY) && dueUntil.isBefore(today);
        }

        public static VisitView of(ReturnVisit v) {
            return new VisitView(
                    v.getId(),
                    v.getSerialNumber(),
                    v.getCustomerId(),
                    v.getTicketNumber(),
                    v.getReason(),
                    v.getDueFrom(),
                    v.getDueUntil(),
                    v.getState(),
                    v.getAttempts(),
                    v.getLastResult(),
                    v.getRemarks(),
                    v.getComplaintNumber(),
                    v.getVersion(),
                    v.getVisitedBy(),
                    v.getVisitedAt());
        }
    }

    /** Q5: the survey of a ticket as staff read it (the URL is the web tier's). */
    public record SurveyLink(String ticketNumber, String token, Instant expiresAt, boolean answered)
            implements Serializable {
        public static SurveyLink of(Survey s) {
            return new SurveyLink(s.getTicketNumber(), s.getToken(), s.getExpiresAt(), s.isAnswered());
        }
    }

    /** Q5: what the public page shows before the answer: nothing about the customer. */
    public record SurveyForm(String ticketNumber, Instant expiresAt) implements Serializable {}

    /** Q5: the questionnaire's answer (API.md {@code POST /surveys/{token}}). */
    public record SurveyAnswer(
            @NotNull @Min(1) @Max(10) Integer score,
            @Size(max = 1000) String whyNot,
            @NotNull Boolean taughtMaintenance,
            @NotNull Boolean calledBack,
            @NotNull SatisfactionLevel level,
            @NotNull @Min(1) @Max(5) Integer productStars,
            @NotNull @Min(1) @Max(5) Integer serviceStars)
            implements Serializable {}

    /** Q5: what the customer is told after answering; the complaint's number when one was opened. */
    public record SurveyReceipt(String ticketNumber, String complaintNumber) implements Serializable {}
}
