package org.aftersales.web.quality.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.domain.quality.ComplaintCategory;
import org.aftersales.domain.quality.ComplaintChannel;
import org.aftersales.domain.quality.ComplaintSeverity;
import org.aftersales.domain.quality.ComplaintState;
import org.aftersales.domain.quality.ReplyMethod;
import org.aftersales.domain.quality.SatisfactionLevel;
import org.aftersales.domain.quality.VisitResult;
import org.aftersales.quality.boundary.QualityViews;
import org.aftersales.quality.boundary.QualityViews.ComplaintSummary;
import org.aftersales.quality.boundary.QualityViews.ComplaintView;
import org.aftersales.quality.boundary.QualityViews.VisitView;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.EnumParser;

/** The JSON of quality (API.md, "Quality"): enums by name, instants with the configured offset. */
public final class QualityDtos {

    private QualityDtos() {}

    /** {@code POST /complaints}. */
    public record ComplaintBody(
            Long customerId,
            String serialNumber,
            String ticketNumber,
            String channel,
            String category,
            String severity,
            String description) {

        QualityViews.NewComplaint input() {
            return new QualityViews.NewComplaint(
                    customerId,
                    serialNumber,
                    ticketNumber,
                    EnumParser.one(ComplaintChannel.class, channel, "channel", null),
                    EnumParser.one(ComplaintCategory.class, category, "category", null),
                    EnumParser.one(ComplaintSeverity.class, severity, "severity", null),
                    description);
        }
    }

    /** {@code POST /complaints/{number}/events}. */
    /** Q2: a step; CLASSIFIED may also carry a new {@code category} and {@code severity}. */
    public record EventBody(
            String type,
            String note,
            String owner,
            String department,
            String replyMethod,
            String customerReaction,
            String category,
            String severity) {

        QualityViews.ComplaintStep input() {
            return new QualityViews.ComplaintStep(
                    EnumParser.one(ComplaintState.class, type, "type", null),
                    note,
                    owner,
                    department,
                    EnumParser.one(ReplyMethod.class, replyMethod, "replyMethod", null),
                    customerReaction,
                    EnumParser.one(ComplaintCategory.class, category, "category", null),
                    EnumParser.one(ComplaintSeverity.class, severity, "severity", null));
        }
    }

    @JsonbNillable
    public record ComplaintEvent(
            String type,
            String note,
            String by,
            String at,
            String categoryFrom,
            String categoryTo,
            String severityFrom,
            String severityTo) {}

    @JsonbNillable
    public record Complaint(
            String number,
            String state,
            String channel,
            String category,
            String severity,
            String description,
            Long customerId,
            String serialNumber,
            String ticketNumber,
            String technician,
            String acceptedAt,
            String acceptedBy,
            String replyBy,
            String owner,
            String department,
            String replyMethod,
            String customerReaction,
            boolean replyPending,
            String replyRejection,
            String repliedAt,
            String archivedAt,
            List<ComplaintEvent> events) {

        static Complaint of(ComplaintView c, ZoneId zone) {
            return new Complaint(
                    c.number(),
                    c.state().name(),
                    c.channel().name(),
                    c.category().name(),
                    c.severity().name(),
                    c.description(),
                    c.customerId(),
                    c.serialNumber(),
                    c.ticketNumber(),
                    c.technician(),
                    ApiTime.format(c.acceptedAt(), zone),
                    c.acceptedBy(),
                    ApiTime.format(c.replyBy(), zone),
                    c.owner(),
                    c.department(),
                    c.replyMethod() == null ? null : c.replyMethod().name(),
                    c.customerReaction(),
                    c.replyPending(),
                    c.replyRejection(),
                    ApiTime.format(c.repliedAt(), zone),
                    ApiTime.format(c.archivedAt(), zone),
                    c.events().stream()
                            .map(e -> new ComplaintEvent(
                                    e.type().name(),
                                    e.note(),
                                    e.by(),
                                    ApiTime.format(e.at(), zone),
                                    name(e.categoryFrom()),
                                    name(e.categoryTo()),
                                    name(e.severityFrom()),
                                    name(e.severityTo())))
                            .toList());
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @JsonbNillable
    public record ComplaintLine(
            String number,
            String state,
            String channel,
            String category,
            String severity,
            String ticketNumber,
            String serialNumber,
            String acceptedAt,
            String replyBy,
            String owner,
            boolean replyPending) {

        static ComplaintLine of(ComplaintSummary c, ZoneId zone) {
            return new ComplaintLine(
                    c.number(),
                    c.state().name(),
                    c.channel().name(),
                    c.category().name(),
                    c.severity().name(),
                    c.ticketNumber(),
                    c.serialNumber(),
                    ApiTime.format(c.acceptedAt(), zone),
                    ApiTime.format(c.replyBy(), zone),
                    c.owner(),
                    c.replyPending());
        }
    }

    /** A problem raised on a visit call, opened as a complaint. */
    public record VisitProblemBody(String category, String severity, String description) {}

    /** {@code POST /return-visits/{id}/outcome}. */
    public record OutcomeBody(String result, String remarks, VisitProblemBody complaint) {

        QualityViews.VisitOutcome input() {
            QualityViews.VisitProblem problem = complaint == null
                    ? null
                    : new QualityViews.VisitProblem(
                            EnumParser.one(ComplaintCategory.class, complaint.category(), "complaint.category", null),
                            EnumParser.one(ComplaintSeverity.class, complaint.severity(), "complaint.severity", null),
                            complaint.description());
            return new QualityViews.VisitOutcome(
                    EnumParser.one(VisitResult.class, result, "result", null), remarks, problem);
        }
    }

    @JsonbNillable
    public record Visit(
            long id,
            String serialNumber,
            Long customerId,
            String ticketNumber,
            String reason,
            LocalDate dueFrom,
            LocalDate dueUntil,
            String state,
            int attempts,
            String lastResult,
            String remarks,
            String complaintNumber) {

        static Visit of(VisitView v) {
            return new Visit(
                    v.id(),
                    v.serialNumber(),
                    v.customerId(),
                    v.ticketNumber(),
                    v.reason().name(),
                    v.dueFrom(),
                    v.dueUntil(),
                    v.state().name(),
                    v.attempts(),
                    v.lastResult() == null ? null : v.lastResult().name(),
                    v.remarks(),
                    v.complaintNumber());
        }
    }

    /** {@code GET /tickets/{number}/survey}. */
    @JsonbNillable
    public record SurveyLink(String token, String url, String expiresAt, boolean answered) {}

    /** One question of the questionnaire (Q5), in the caller's language. */
    public record Question(String field, String kind, String text, Integer min, Integer max, List<String> options) {}

    /** {@code GET /surveys/{token}}. */
    public record SurveyForm(String ticketNumber, String expiresAt, List<Question> questions) {}

    /** {@code POST /surveys/{token}} (API.md). */
    public record SurveyBody(
            Integer score,
            String whyNot,
            Boolean taughtMaintenance,
            Boolean calledBack,
            String level,
            Integer productStars,
            Integer serviceStars) {

        QualityViews.SurveyAnswer input() {
            return new QualityViews.SurveyAnswer(
                    score,
                    whyNot,
                    taughtMaintenance,
                    calledBack,
                    EnumParser.one(SatisfactionLevel.class, level, "level", null),
                    productStars,
                    serviceStars);
        }
    }

    public record SurveyReceipt(String ticketNumber, boolean complaintOpened) {}
}
