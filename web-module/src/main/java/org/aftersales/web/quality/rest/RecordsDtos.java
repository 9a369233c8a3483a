package org.aftersales.web.quality.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.quality.CapaSource;
import org.aftersales.domain.quality.CapaState;
import org.aftersales.domain.quality.InfoFormState;
import org.aftersales.domain.quality.InfoSource;
import org.aftersales.domain.quality.KnowledgeKind;
import org.aftersales.domain.quality.NonConformityState;
import org.aftersales.domain.quality.SatisfactionLevel;
import org.aftersales.quality.boundary.RecordsViews;
import org.aftersales.quality.boundary.RecordsViews.CapaView;
import org.aftersales.quality.boundary.RecordsViews.InfoFormView;
import org.aftersales.quality.boundary.RecordsViews.SessionView;
import org.aftersales.quality.boundary.RecordsViews.StaffView;
import org.aftersales.web.shared.rest.ApiTime;
import org.aftersales.web.shared.rest.EnumParser;
import org.aftersales.web.shared.rest.QueryDates;

/**
 * The JSON of the information form, corrective actions (Q3) and records (Q9): enums by name, dates
 * as {@code yyyy-MM-dd}, instants with the configured offset, empty fields as null.
 */
public final class RecordsDtos {

    private RecordsDtos() {}

    private static String nameOf(Enum<?> e) {
        return e == null ? null : e.name();
    }

    // --- departments ---

    public record DepartmentBody(String code, String name, Boolean active, Set<String> members) {
        RecordsViews.DepartmentInput input() {
            return new RecordsViews.DepartmentInput(
                    code, name, active == null || active, members == null ? Set.of() : members);
        }
    }

    // --- information forms ---

    public record InfoFormBody(String source, String sourceRef, Long customerId, String serialNumber, String problem) {
        RecordsViews.NewInfoForm input() {
            return new RecordsViews.NewInfoForm(
                    EnumParser.one(InfoSource.class, source, "source", InfoSource.TYPED),
                    sourceRef,
                    customerId,
                    serialNumber,
                    problem);
        }
    }

    public record InfoFormEventBody(
            String type,
            String details,
            String department,
            String deadline,
            String answer,
            String satisfaction,
            String note) {
        RecordsViews.InfoFormStep input() {
            return new RecordsViews.InfoFormStep(
                    EnumParser.one(InfoFormState.class, type, "type", null),
                    details,
                    department,
                    QueryDates.optional(deadline, "deadline"),
                    answer,
                    EnumParser.one(SatisfactionLevel.class, satisfaction, "satisfaction", null),
                    note);
        }
    }

    @JsonbNillable
    public record InfoForm(
            long id,
            String source,
            String sourceRef,
            Long customerId,
            String serialNumber,
            String problem,
            String details,
            String state,
            String department,
            String departmentName,
            LocalDate deadline,
            boolean overdue,
            String answer,
            String satisfaction,
            String surveyNote,
            String receivedBy,
            String receivedAt,
            String routedBy,
            String routedAt,
            String answeredBy,
            String answeredAt,
            String archivedAt,
            String escalatedAt) {

        static InfoForm of(InfoFormView f, ZoneId zone) {
            return new InfoForm(
                    f.id(),
                    nameOf(f.source()),
                    f.sourceRef(),
                    f.customerId(),
                    f.serialNumber(),
                    f.problem(),
                    f.details(),
                    nameOf(f.state()),
                    f.department(),
                    f.departmentName(),
                    f.deadline(),
                    f.overdue(),
                    f.answer(),
                    nameOf(f.satisfaction()),
                    f.surveyNote(),
                    f.receivedBy(),
                    ApiTime.format(f.receivedAt(), zone),
                    f.routedBy(),
                    ApiTime.format(f.routedAt(), zone),
                    f.answeredBy(),
                    ApiTime.format(f.answeredAt(), zone),
                    ApiTime.format(f.archivedAt(), zone),
                    ApiTime.format(f.escalatedAt(), zone));
        }
    }

    // --- corrective actions ---

    public record CapaBody(
            String source,
            String sourceRef,
            String title,
            String description,
            String owner,
            String department,
            String deadline) {
        RecordsViews.NewCapa input() {
            return new RecordsViews.NewCapa(
                    EnumParser.one(CapaSource.class, source, "source", null),
                    sourceRef,
                    title,
                    description,
                    owner,
                    department,
                    QueryDates.optional(deadline, "deadline"));
        }
    }

    public record CapaEventBody(String type, String note, String evidence) {
        RecordsViews.CapaStep input() {
            return new RecordsViews.CapaStep(EnumParser.one(CapaState.class, type, "type", null), note, evidence);
        }
    }

    public record CapaChangeBody(String owner, String department, String deadline) {
        RecordsViews.CapaChange input() {
            return new RecordsViews.CapaChange(owner, department, QueryDates.optional(deadline, "deadline"));
        }
    }

    @JsonbNillable
    public record CapaEvent(String type, String note, String by, String at) {}

    @JsonbNillable
    public record Capa(
            long id,
            String subject,
            String source,
            String sourceRef,
            String title,
            String description,
            String owner,
            String department,
            LocalDate deadline,
            boolean overdue,
            String state,
            String evidence,
            boolean closurePending,
            String closureRejection,
            String raisedBy,
            String raisedAt,
            String closedAt,
            List<CapaEvent> events) {

        static Capa of(CapaView a, ZoneId zone) {
            return new Capa(
                    a.id(),
                    a.subject(),
                    nameOf(a.source()),
                    a.sourceRef(),
                    a.title(),
                    a.description(),
                    a.owner(),
                    a.department(),
                    a.deadline(),
                    a.overdue(),
                    nameOf(a.state()),
                    a.evidence(),
                    a.closurePending(),
                    a.closureRejection(),
                    a.raisedBy(),
                    ApiTime.format(a.raisedAt(), zone),
                    ApiTime.format(a.closedAt(), zone),
                    a.events().stream()
                            .map(e -> new CapaEvent(e.type(), e.note(), e.by(), ApiTime.format(e.at(), zone)))
                            .toList());
        }
    }

    // --- records ---

    public record PlanBody(
            Integer year, String topic, String plannedMonth, String audience, String trainer, String content) {
        RecordsViews.TrainingPlanInput input() {
            return new RecordsViews.TrainingPlanInput(
                    year == null ? 0 : year, topic, plannedMonth, audience, trainer, content);
        }
    }

    public record SessionBody(Long planId, String topic, String heldOn, String place, String trainer, String content) {
        RecordsViews.SessionInput input() {
            return new RecordsViews.SessionInput(
                    planId, topic, QueryDates.optional(heldOn, "heldOn"), place, trainer, content);
        }
    }

    public record SignInBody(String name, String department, String username) {
        RecordsViews.SignIn input() {
            return new RecordsViews.SignIn(name, department, username);
        }
    }

    @JsonbNillable
    public record Attendance(long id, String name, String department, String username, String signedAt) {}

    @JsonbNillable
    public record Session(
            long id,
            Long planId,
            String topic,
            LocalDate heldOn,
            String place,
            String trainer,
            String content,
            List<Attendance> attendance) {
        static Session of(SessionView s, ZoneId zone) {
            return new Session(
                    s.id(),
                    s.planId(),
                    s.topic(),
                    s.heldOn(),
                    s.place(),
                    s.trainer(),
                    s.content(),
                    s.attendance().stream()
                            .map(a -> new Attendance(
                                    a.id(), a.name(), a.department(), a.username(), ApiTime.format(a.signedAt(), zone)))
                            .toList());
        }
    }

    public record ArticleBody(
            String kind, String model, String title, String symptom, String cause, String remedy, String keywords) {
        RecordsViews.KnowledgeInput input() {
            return new RecordsViews.KnowledgeInput(
                    EnumParser.one(KnowledgeKind.class, kind, "kind", null),
                    model,
                    title,
                    symptom,
                    cause,
                    remedy,
                    keywords);
        }
    }

    public record StaffBody(
            String name,
            String username,
            String department,
            String education,
            String title,
            String skills,
            String hireDate) {
        RecordsViews.StaffInput input() {
            return new RecordsViews.StaffInput(
                    name, username, department, education, title, skills, QueryDates.optional(hireDate, "hireDate"));
        }
    }

    public record QualificationBody(String kind, String certificateNumber, String issuedOn, String expiresOn) {
        RecordsViews.QualificationInput input() {
            return new RecordsViews.QualificationInput(
                    EnumParser.one(Qualification.class, kind, "kind", null),
                    certificateNumber,
                    QueryDates.optional(issuedOn, "issuedOn"),
                    QueryDates.optional(expiresOn, "expiresOn"));
        }
    }

    @JsonbNillable
    public record QualificationDto(
            long id,
            String kind,
            String certificateNumber,
            LocalDate issuedOn,
            LocalDate expiresOn,
            boolean expiring,
            boolean lapsed,
            String warnedAt) {}

    @JsonbNillable
    public record Staff(
            long id,
            String name,
            String username,
            String department,
            String education,
            String title,
            String skills,
            LocalDate hireDate,
            List<QualificationDto> qualifications) {
        static Staff of(StaffView s, ZoneId zone) {
            return new Staff(
                    s.id(),
                    s.name(),
                    s.username(),
                    s.department(),
                    s.education(),
                    s.title(),
                    s.skills(),
                    s.hireDate(),
                    s.qualifications().stream()
                            .map(q -> new QualificationDto(
                                    q.id(),
                                    nameOf(q.kind()),
                                    q.certificateNumber(),
                                    q.issuedOn(),
                                    q.expiresOn(),
                                    q.expiring(),
                                    q.lapsed(),
                                    ApiTime.format(q.warnedAt(), zone)))
                            .toList());
        }
    }

    public record NonConformityBody(
            String foundOn,
            String model,
            String serialNumber,
            String department,
            String description,
            String disposition,
            String state) {
        RecordsViews.NonConformityInput input() {
            return new RecordsViews.NonConformityInput(
                    QueryDates.optional(foundOn, "foundOn"),
                    model,
                    serialNumber,
                    department,
                    description,
                    disposition,
                    EnumParser.one(NonConformityState.class, state, "state", null));
        }
    }
}
