package org.aftersales.quality.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.quality.CapaEvent;
import org.aftersales.domain.quality.CapaSource;
import org.aftersales.domain.quality.CapaState;
import org.aftersales.domain.quality.CorrectiveAction;
import org.aftersales.domain.quality.InfoForm;
import org.aftersales.domain.quality.InfoFormState;
import org.aftersales.domain.quality.InfoSource;
import org.aftersales.domain.quality.KnowledgeArticle;
import org.aftersales.domain.quality.KnowledgeKind;
import org.aftersales.domain.quality.NonConformity;
import org.aftersales.domain.quality.NonConformityState;
import org.aftersales.domain.quality.ResponsibleDepartment;
import org.aftersales.domain.quality.SatisfactionLevel;
import org.aftersales.domain.quality.StaffQualification;
import org.aftersales.domain.quality.StaffRecord;
import org.aftersales.domain.quality.TrainingAttendance;
import org.aftersales.domain.quality.TrainingPlan;
import org.aftersales.domain.quality.TrainingSession;
import org.aftersales.domain.shared.SingleLine;

/**
 * What the boundaries of the information form, the corrective actions (Q3) and the records (Q9) take
 * and give; never entities.
 */
public final class RecordsViews {

    private RecordsViews() {}

    // --- responsible departments ---------------------------------------------------------------

    public record DepartmentInput(
            @NotBlank @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9_-]+")
            String code,

            @NotBlank @Size(max = 60) @SingleLine String name,
            boolean active,
            @NotNull @Size(max = 200) Set<@NotBlank @Size(max = 64) String> members)
            implements Serializable {}

    public record DepartmentView(Long id, String code, String name, boolean active, List<String> members, long version)
            implements Serializable {
        public static DepartmentView of(ResponsibleDepartment d) {
            return new DepartmentView(
                    d.getId(), d.getCode(), d.getName(), d.isActive(), List.copyOf(d.getMembers()), d.getVersion());
        }
    }

    // --- after-sales information form ------------------------------------------------------------

    public record NewInfoForm(
            @NotNull InfoSource source,
            @Size(max = 64) @SingleLine String sourceRef,
            @Min(1) Long customerId,
            @Size(max = 64) @SingleLine String serialNumber,
            @NotBlank @Size(max = 2000) String problem)
            implements Serializable {}

    public record InfoFormStep(
            @NotNull InfoFormState type,
            @Size(max = 2000) String details,
            @Size(max = 16) @SingleLine String department,
            LocalDate deadline,
            @Size(max = 2000) String answer,
            SatisfactionLevel satisfaction,
            @Size(max = 1000) String note)
            implements Serializable {}

    public record InfoFormFilter(InfoFormState state, String department, String text) implements Serializable {}

    public record InfoFormView(
            Long id,
            InfoSource source,
            String sourceRef,
            Long customerId,
            String serialNumber,
            String problem,
            String details,
            InfoFormState state,
            String department,
            String departmentName,
            LocalDate deadline,
            boolean overdue,
            String answer,
            SatisfactionLevel satisfaction,
            String surveyNote,
            String receivedBy,
            Instant receivedAt,
            String filledBy,
            Instant filledAt,
            String routedBy,
            Instant routedAt,
            String answeredBy,
            Instant answeredAt,
            String surveyedBy,
            Instant surveyedAt,
            String archivedBy,
            Instant archivedAt,
            Instant escalatedAt)
            implements Serializable {
        public static InfoFormView of(InfoForm f, String departmentName, LocalDate today) {
            return new InfoFormView(
                    f.getId(),
                    f.getSource(),
                    f.getSourceRef(),
                    f.getCustomerId(),
                    f.getSerialNumber(),
                    f.getProblem(),
                    f.getDetails(),
                    f.getState(),
                    f.getDepartmentCode(),
                    departmentName,
                    f.getDeadline(),
                    f.answerOverdue(today),
                    f.getAnswer(),
                    f.getSatisfaction(),
                    f.getSurveyNote(),
                    f.getReceivedBy(),
                    f.getReceivedAt(),
                    f.getFilledBy(),
                    f.getFilledAt(),
                    f.getRoutedBy(),
                    f.getRoutedAt(),
                    f.getAnsweredBy(),
                    f.getAnsweredAt(),
                    f.getSurveyedBy(),
                    f.getSurveyedAt(),
                    f.getArchivedBy(),
                    f.getArchivedAt(),
                    f.getEscalatedAt());
        }
    }

    // --- corrective and preventive actions (Q3) --------------------------------------------------

    public record NewCapa(
            @NotNull CapaSource source,
            @Size(max = 64) @SingleLine String sourceRef,
            @NotBlank @Size(max = 200) @SingleLine String title,
            @Size(max = 2000) String description,
            @NotBlank @Size(max = 64) @SingleLine String owner,
            @NotBlank @Size(max = 60) @SingleLine String department,
            @NotNull LocalDate deadline)
            implements Serializable {}

    /** What "raise from a complaint / visit" needs besides its source. */
    public record CapaAssignment(
            @Size(max = 200) @SingleLine String title,
            @NotBlank @Size(max = 64) @SingleLine String owner,
            @NotBlank @Size(max = 60) @SingleLine String department,
            @NotNull LocalDate deadline)
            implements Serializable {}

    public record CapaStep(
            @NotNull CapaState type,
            @Size(max = 1000) String note,
            @Size(max = 2000) String evidence) implements Serializable {}

    public record CapaChange(
            @Size(max = 64) @SingleLine String owner,
            @Size(max = 60) @SingleLine String department,
            LocalDate deadline) implements Serializable {}

    public record CapaFilter(
            CapaState state, CapaSource source, String owner, String department, String text, boolean overdueOnly)
            implements Serializable {}

    public record CapaEventView(String type, String note, String by, Instant at) implements Serializable {
        static CapaEventView of(CapaEvent e) {
            return new CapaEventView(e.getType(), e.getNote(), e.getBy(), e.getAt());
        }
    }

    public record CapaView(
            Long id,
            String subject,
            CapaSource source,
            String sourceRef,
            String title,
            String description,
            String owner,
            String department,
            LocalDate deadline,
            boolean overdue,
            CapaState state,
            String evidence,
            boolean closurePending,
            String closureRejection,
            String raisedBy,
            Instant raisedAt,
            Instant closedAt,
            List<CapaEventView> events)
            implements Serializable {
        public static CapaView of(CorrectiveAction a, LocalDate today, boolean withEvents) {
            return new CapaView(
                    a.getId(),
                    a.subject(),
                    a.getSource(),
                    a.getSourceRef(),
                    a.getTitle(),
                    a.getDescription(),
                    a.getOwner(),
                    a.getDepartment(),
                    a.getDeadline(),
                    a.overdue(today),
                    a.getState(),
                    a.getEvidence(),
                    a.isClosurePending(),
                    a.getClosureRejection(),
                    a.getRaisedBy(),
                    a.getRaisedAt(),
                    a.getClosedAt(),
                    withEvents ? a.getEvents().stream().map(CapaEventView::of).toList() : List.of());
        }
    }

    // --- records (Q9) ----------------------------------------------------------------------------

    public record TrainingPlanInput(
            @Min(2000) @Max(2100) int year,
            @NotBlank @Size(max = 200) @SingleLine String topic,
            @Size(max = 20) @SingleLine String plannedMonth,
            @Size(max = 200) @SingleLine String audience,
            @Size(max = 60) @SingleLine String trainer,
            @Size(max = 2000) String content)
            implements Serializable {}

    public record TrainingPlanView(
            Long id,
            int year,
            String topic,
            String plannedMonth,
            String audience,
            String trainer,
            String content,
            long version)
            implements Serializable {
        public static TrainingPlanView of(TrainingPlan p) {
            return new TrainingPlanView(
                    p.getId(),
                    p.getPlanYear(),
                    p.getTopic(),
                    p.getPlannedMonth(),
                    p.getAudience(),
                    p.getTrainer(),
                    p.getContent(),
                    p.getVersion());
        }
    }

    public record SessionInput(
            @Min(1) Long planId,
            @NotBlank @Size(max = 200) @SingleLine String topic,
            @NotNull LocalDate heldOn,
            @Size(max = 100) @SingleLine String place,
            @Size(max = 60) @SingleLine String trainer,
            @Size(max = 2000) String content)
            implements Serializable {}

    public record SignIn(
            @NotBlank @Size(max = 60) @SingleLine String name,
            @Size(max = 60) @SingleLine String department,
            @Size(max = 64) @SingleLine String username)
            implements Serializable {}

    public record AttendanceView(Long id, String name, String department, String username, Instant signedAt)
            implements Serializable {
        static AttendanceView of(TrainingAttendance a) {
            return new AttendanceView(a.getId(), a.getName(), a.getDepartment(), a.getUsername(), a.getSignedAt());
        }
    }

    public record SessionView(
            Long id,
            Long planId,
            String topic,
            LocalDate heldOn,
            String place,
            String trainer,
            String content,
            List<AttendanceView> attendance,
            long version)
            implements Serializable {
        public static SessionView of(TrainingSession s) {
            return new SessionView(
                    s.getId(),
                    s.getPlanId(),
                    s.getTopic(),
                    s.getHeldOn(),
                    s.getPlace(),
                    s.getTrainer(),
                    s.getContent(),
                    s.getAttendance().stream().map(AttendanceView::of).toList(),
                    s.getVersion());
        }
    }

    public record KnowledgeInput(
            @NotNull KnowledgeKind kind,
            @Size(max = 64) @SingleLine String model,
            @NotBlank @Size(max = 200) @SingleLine String title,
            @Size(max = 2000) String symptom,
            @Size(max = 2000) String cause,
            @Size(max = 4000) String remedy,
            @Size(max = 500) @SingleLine String keywords)
            implements Serializable {}

    public record KnowledgeFilter(KnowledgeKind kind, String model, String text) implements Serializable {}

    public record KnowledgeView(
            Long id,
            KnowledgeKind kind,
            String model,
            String title,
            String symptom,
            String cause,
            String remedy,
            String keywords)
            implements Serializable {
        public static KnowledgeView of(KnowledgeArticle a) {
            return new KnowledgeView(
                    a.getId(),
                    a.getKind(),
                    a.getModel(),
                    a.getTitle(),
                    a.getSymptom(),
                    a.getCause(),
                    a.getRemedy(),
                    a.getKeywords());
        }
    }

    public record StaffInput(
            @NotBlank @Size(max = 60) @SingleLine String name,
            @Size(max = 64) @SingleLine String username,
            @Size(max = 60) @SingleLine String department,
            @Size(max = 60) @SingleLine String education,
            @Size(max = 60) @SingleLine String title,
            @Size(max = 1000) String skills,
            LocalDate hireDate)
            implements Serializable {}

    public record QualificationInput(
            @NotNull Qualification kind,
            @Size(max = 64) @SingleLine String certificateNumber,
            LocalDate issuedOn,
            LocalDate expiresOn)
            implements Serializable {}

    public record QualificationView(
            Long id,
            Qualification kind,
            String certificateNumber,
            LocalDate issuedOn,
            LocalDate expiresOn,
            boolean expiring,
            boolean lapsed,
            Instant warnedAt)
            implements Serializable {
        static QualificationView of(StaffQualification q, int warningDays, LocalDate today) {
            return new QualificationView(
                    q.getId(),
                    q.getKind(),
                    q.getCertificateNumber(),
                    q.getIssuedOn(),
                    q.getExpiresOn(),
                    q.getExpiresOn() != null
                            && !today.isBefore(org.aftersales.domain.quality.QualificationExpiry.warnFrom(
                                    q.getExpiresOn(), warningDays)),
                    org.aftersales.domain.quality.QualificationExpiry.lapsed(q.getExpiresOn(), today),
                    q.getWarnedAt());
        }
    }

    public record StaffFilter(String text, String department) implements Serializable {}

    public record StaffView(
            Long id,
            String name,
            String username,
            String department,
            String education,
            String title,
            String skills,
            LocalDate hireDate,
            List<QualificationView> qualifications,
            long version)
            implements Serializable {
        public static StaffView of(StaffRecord s, int warningDays, LocalDate today) {
            return new StaffView(
                    s.getId(),
                    s.getName(),
                    s.getUsername(),
                    s.getDepartment(),
                    s.getEducation(),
                    s.getTitle(),
                    s.getSkills(),
                    s.getHireDate(),
                    s.getQualifications().stream()
                            .map(q -> QualificationView.of(q, warningDays, today))
                            .toList(),
                    s.getVersion());
        }
    }

    public record NonConformityInput(
            @NotNull LocalDate foundOn,
            @Size(max = 64) @SingleLine String model,
            @Size(max = 64) @SingleLine String serialNumber,
            @Size(max = 60) @SingleLine String department,
            @NotBlank @Size(max = 2000) String description,
            @Size(max = 2000) String disposition,
            NonConformityState state)
            implements Serializable {}

    public record NonConformityFilter(NonConformityState state, String text) implements Serializable {}

    public record NonConformityView(
            Long id,
            LocalDate foundOn,
            String model,
            String serialNumber,
            String department,
            String description,
            String disposition,
            NonConformityState state,
            String reportedBy)
            implements Serializable {
        public static NonConformityView of(NonConformity n) {
            return new NonConformityView(
                    n.getId(),
                    n.getFoundOn(),
                    n.getModel(),
                    n.getSerialNumber(),
                    n.getDepartment(),
                    n.getDescription(),
                    n.getDisposition(),
                    n.getState(),
                    n.getReportedBy());
        }
    }
}
