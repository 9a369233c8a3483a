package org.aftersales.web.quality.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.accounts.Qualification;
import org.aftersales.domain.quality.KnowledgeKind;
import org.aftersales.domain.quality.NonConformityState;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.quality.boundary.QualityRecords;
import org.aftersales.quality.boundary.RecordsViews.KnowledgeFilter;
import org.aftersales.quality.boundary.RecordsViews.KnowledgeInput;
import org.aftersales.quality.boundary.RecordsViews.KnowledgeView;
import org.aftersales.quality.boundary.RecordsViews.NonConformityFilter;
import org.aftersales.quality.boundary.RecordsViews.NonConformityInput;
import org.aftersales.quality.boundary.RecordsViews.NonConformityView;
import org.aftersales.quality.boundary.RecordsViews.QualificationInput;
import org.aftersales.quality.boundary.RecordsViews.SessionInput;
import org.aftersales.quality.boundary.RecordsViews.SessionView;
import org.aftersales.quality.boundary.RecordsViews.SignIn;
import org.aftersales.quality.boundary.RecordsViews.StaffFilter;
import org.aftersales.quality.boundary.RecordsViews.StaffInput;
import org.aftersales.quality.boundary.RecordsViews.StaffView;
import org.aftersales.quality.boundary.RecordsViews.TrainingPlanInput;
import org.aftersales.quality.boundary.RecordsViews.TrainingPlanView;
import org.aftersales.web.shared.view.CurrentUser;
import org.aftersales.web.shared.view.ExcelExport;
import org.aftersales.web.shared.view.Feedback;
import org.aftersales.web.shared.view.PagedModel;
import org.omnifaces.cdi.Param;
import org.primefaces.model.StreamedContent;

/**
 * Q9 records screens: the knowledge base (by model and words), staff records with their
 * qualifications (expiring ones marked), training plans and sessions with the sign-in sheet, and
 * non-conformity reports — each a lazy searchable list with its Excel export and its form.
 */
@Named
@ViewScoped
public class QualityRecordsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 50_000;

    @EJB
    private QualityRecords records;

    @Inject
    private CurrentUser currentUser;

    /** ?model= of the ticket page's link to the knowledge base. */
    @Inject
    @Param(name = "model")
    private String modelParam;

    // knowledge
    private KnowledgeKind kind;
    private String model;
    private String text;
    private KnowledgeKind artKind = KnowledgeKind.FAULT_CASE;
    private String artModel;
    private String artTitle;
    private String artSymptom;
    private String artCause;
    private String artRemedy;
    private String artKeywords;

    // staff
    private String staffText;
    private String stName;
    private String stUsername;
    private String stDepartment;
    private String stEducation;
    private String stTitle;
    private String stSkills;
    private LocalDate stHireDate;
    private Long stId;
    private long stVersion;
    private boolean staffOpen;
    private Long quStaffId;
    private Long quId;
    private Long quStaffVersion;
    private boolean qualificationOpen;
    private Qualification quKind;
    private String quCertificate;
    private LocalDate quIssuedOn;
    private LocalDate quExpiresOn;

    // training
    private Integer planYear = LocalDate.now().getYear();
    private List<TrainingPlanView> plans;
    private String plTopic;
    private String plMonth;
    private String plAudience;
    private String plTrainer;
    private Long plId;
    private long plVersion;
    private String sessionText;
    private String seTopic;
    private LocalDate seHeldOn;
    private String sePlace;
    private String seTrainer;
    private Long seId;
    private long seVersion;
    private Long sePlanId;
    private String signTopic;
    private Long signSessionId;
    private String signName;
    private String signDepartment;

    // non-conformities
    private NonConformityState ncState;
    private String ncText;
    private LocalDate ncFoundOn;
    private String ncModel;
    private String ncSerial;
    private String ncDepartment;
    private String ncDescription;
    private String ncDisposition;

    private final PagedModel<KnowledgeView> articles = new PagedModel<>(
            (first, size) -> records.knowledge(new KnowledgeFilter(kind, model, text), first, size),
            a -> String.valueOf(a.id()));
    private final PagedModel<StaffView> staff = new PagedModel<>(
            (first, size) -> records.staff(new StaffFilter(staffText, null), first, size), s -> String.valueOf(s.id()));
    private final PagedModel<SessionView> sessions =
            new PagedModel<>((first, size) -> records.sessions(sessionText, first, size), s -> String.valueOf(s.id()));
    private final PagedModel<NonConformityView> nonConformities = new PagedModel<>(
            (first, size) -> records.nonConformities(new NonConformityFilter(ncState, ncText), first, size),
            n -> String.valueOf(n.id()));

    @PostConstruct
    void init() {
        model = modelParam == null || modelParam.isBlank() ? null : modelParam.strip();
    }

    public boolean isMayEdit() {
        return currentUser.has("QUALITY") || currentUser.has("MANAGER") || currentUser.has("ADMIN");
    }

    // --- actions ---

    public void saveArticle() {
        try {
            records.saveArticle(
                    null,
                    new KnowledgeInput(artKind, artModel, artTitle, artSymptom, artCause, artRemedy, artKeywords));
            Feedback.info("records.saved");
            artModel = artTitle = artSymptom = artCause = artRemedy = artKeywords = null;
        } catch (RuleViolationException e) {
            Feedback.failed(e, "articleForm");
        }
    }

    /** A new staff record, or the one being edited as it was opened (a stale copy is refused). */
    public void saveStaff() {
        try {
            records.saveStaff(
                    stId,
                    stId == null ? null : stVersion,
                    new StaffInput(stName, stUsername, stDepartment, stEducation, stTitle, stSkills, stHireDate));
            Feedback.info("records.saved");
            newStaff();
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            staffOpen = true;
            Feedback.failed(e, "staffForm");
        } catch (jakarta.ejb.EJBException e) {
            staffOpen = true;
            stale(e);
        }
    }

    /** Opens the staff form on a record of the list, as it is now. */
    public void editStaff(long id) {
        try {
            StaffView s = records.staffRecord(id);
            stId = s.id();
            stVersion = s.version();
            stName = s.name();
            stUsername = s.username();
            stDepartment = s.department();
            stEducation = s.education();
            stTitle = s.title();
            stSkills = s.skills();
            stHireDate = s.hireDate();
            staffOpen = true;
        } catch (UnknownEntityException e) {
            Feedback.failed(e, "staffForm");
        }
    }

    public void newStaff() {
        stId = null;
        stVersion = 0;
        stName = stUsername = stDepartment = stEducation = stTitle = stSkills = null;
        stHireDate = null;
        staffOpen = false;
    }

    /** A qualification more for the record, or the renewal of the one opened from the list. */
    public void addQualification() {
        try {
            if (quStaffId == null) {
                throw new RuleViolationException(
                        org.aftersales.domain.shared.FieldError.of("qStaff", "validation.required"));
            }
            QualificationInput in = new QualificationInput(quKind, quCertificate, quIssuedOn, quExpiresOn);
            if (quId == null) {
                records.addQualification(quStaffId, in);
            } else {
                records.renewQualification(quId, quStaffVersion, in);
            }
            Feedback.info("records.saved");
            newQualification();
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            qualificationOpen = true;
            Feedback.failed(e, "qualificationForm");
        } catch (jakarta.ejb.EJBException e) {
            qualificationOpen = true;
            stale(e);
        }
    }

    /** Opens the qualification form on one certificate of a record (its renewal: number, dates). */
    public void editQualification(long staffId, long qualificationId) {
        try {
            StaffView s = records.staffRecord(staffId);
            s.qualifications().stream()
                    .filter(q -> q.id() == qualificationId)
                    .findFirst()
                    .ifPresent(q -> {
                        quId = q.id();
                        quStaffId = s.id();
                        quStaffVersion = s.version();
                        quKind = q.kind();
                        quCertificate = q.certificateNumber();
                        quIssuedOn = q.issuedOn();
                        quExpiresOn = q.expiresOn();
                        qualificationOpen = true;
                    });
        } catch (UnknownEntityException e) {
            Feedback.failed(e, "qualificationForm");
        }
    }

    public void newQualification() {
        quId = null;
        quStaffVersion = null;
        quKind = null;
        quCertificate = null;
        quIssuedOn = quExpiresOn = null;
        qualificationOpen = false;
    }

    /** A new plan line, or the one being edited as it was opened (a stale copy is refused). */
    public void savePlan() {
        try {
            records.savePlan(
                    plId,
                    plId == null ? null : plVersion,
                    new TrainingPlanInput(
                            planYear == null ? 0 : planYear, plTopic, plMonth, plAudience, plTrainer, null));
            Feedback.info("records.saved");
            newPlan();
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "planForm");
        } catch (jakarta.ejb.EJBException e) {
            stale(e);
        }
    }

    public void editPlan(TrainingPlanView p) {
        plId = p.id();
        plVersion = p.version();
        planYear = p.year();
        plTopic = p.topic();
        plMonth = p.plannedMonth();
        plAudience = p.audience();
        plTrainer = p.trainer();
    }

    public void newPlan() {
        plId = null;
        plVersion = 0;
        plTopic = plMonth = plAudience = plTrainer = null;
        plans = null;
    }

    /** A new session (of a plan line, when chosen), or the one being edited as it was opened. */
    public void saveSession() {
        try {
            records.saveSession(
                    seId,
                    seId == null ? null : seVersion,
                    new SessionInput(sePlanId, seTopic, seHeldOn, sePlace, seTrainer, null));
            Feedback.info("records.saved");
            newSession();
        } catch (RuleViolationException | ConflictException | UnknownEntityException e) {
            Feedback.failed(e, "sessionForm");
        } catch (jakarta.ejb.EJBException e) {
            stale(e);
        }
    }

    public void editSession(long id) {
        try {
            SessionView s = records.session(id);
            seId = s.id();
            seVersion = s.version();
            sePlanId = s.planId();
            seTopic = s.topic();
            seHeldOn = s.heldOn();
            sePlace = s.place();
            seTrainer = s.trainer();
        } catch (UnknownEntityException e) {
            Feedback.failed(e, "sessionForm");
        }
    }

    public void newSession() {
        seId = null;
        seVersion = 0;
        sePlanId = null;
        seTopic = sePlace = seTrainer = null;
        seHeldOn = null;
    }

    /** The plan line's topic becomes the session's when none is typed yet. */
    public void planChosen() {
        if (sePlanId != null && (seTopic == null || seTopic.isBlank())) {
            getPlans().stream().filter(p -> p.id().equals(sePlanId)).findFirst().ifPresent(p -> {
                seTopic = p.topic();
                seTrainer = seTrainer == null ? p.trainer() : seTrainer;
            });
        }
    }

    /** Opens the sign-in sheet (培训签到表) of a session of the list. */
    public void openSheet(SessionView s) {
        signSessionId = s.id();
        signTopic = s.topic();
        signName = signDepartment = null;
    }

    public void signIn() {
        try {
            if (signSessionId == null) {
                throw new RuleViolationException(
                        org.aftersales.domain.shared.FieldError.of("signSession", "validation.required"));
            }
            SessionView s = records.signIn(signSessionId, new SignIn(signName, signDepartment, null));
            Feedback.info("records.signedIn", signName);
            signTopic = s.topic();
            signName = null;
        } catch (RuleViolationException | UnknownEntityException e) {
            Feedback.failed(e, "signInForm");
        }
    }

    /** The sheet being signed, as it is now (its rows in the order signed). */
    public SessionView getSheet() {
        if (signSessionId == null) {
            return null;
        }
        try {
            return records.session(signSessionId);
        } catch (UnknownEntityException e) {
            return null;
        }
    }

    /** Two editors saved the same record at once: the later one is told, nothing of it is kept. */
    private static void stale(jakarta.ejb.EJBException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                Feedback.error("error.staleVersion");
                return;
            }
        }
        throw e;
    }

    public void saveNonConformity() {
        try {
            records.saveNonConformity(
                    null,
                    new NonConformityInput(
                            ncFoundOn, ncModel, ncSerial, ncDepartment, ncDescription, ncDisposition, null));
            Feedback.info("records.saved");
            ncModel = ncSerial = ncDepartment = ncDescription = ncDisposition = null;
            ncFoundOn = null;
        } catch (RuleViolationException e) {
            Feedback.failed(e, "ncForm");
        }
    }

    // --- exports ---

    public StreamedContent getArticlesExport() {
        return ExcelExport.of(
                "knowledge",
                currentUser.getZone(),
                Feedback.text("knowledge.title"),
                List.of(
                        Feedback.text("knowledge.kind"),
                        Feedback.text("knowledge.model"),
                        Feedback.text("knowledge.titleField"),
                        Feedback.text("knowledge.symptom"),
                        Feedback.text("knowledge.cause"),
                        Feedback.text("knowledge.remedy")),
                (first, size) -> records.knowledge(new KnowledgeFilter(kind, model, text), first, size),
                a -> List.of(
                        Feedback.text("knowledgeKind." + a.kind().name()),
                        nz(a.model()),
                        a.title(),
                        nz(a.symptom()),
                        nz(a.cause()),
                        nz(a.remedy())),
                EXPORT_MAX);
    }

    public StreamedContent getStaffExport() {
        return ExcelExport.of(
                "staff-records",
                currentUser.getZone(),
                Feedback.text("staffRecords.title"),
                List.of(
                        Feedback.text("staffRecords.name"),
                        Feedback.text("staffRecords.department"),
                        Feedback.text("staffRecords.education"),
                        Feedback.text("staffRecords.jobTitle"),
                        Feedback.text("staffRecords.skills"),
                        Feedback.text("staffRecords.hireDate"),
                        Feedback.text("staffRecords.qualifications")),
                (first, size) -> records.staff(new StaffFilter(staffText, null), first, size),
                s -> List.of(
                        s.name(),
                        nz(s.department()),
                        nz(s.education()),
                        nz(s.title()),
                        nz(s.skills()),
                        s.hireDate() == null ? "" : s.hireDate().toString(),
                        String.join(
                                "；",
                                s.qualifications().stream()
                                        .map(q -> Feedback.text("qualification."
                                                        + q.kind().name())
                                                + (q.expiresOn() == null ? "" : " " + q.expiresOn()))
                                        .toList())),
                EXPORT_MAX);
    }

    public StreamedContent getSessionsExport() {
        return ExcelExport.of(
                "training-sessions",
                currentUser.getZone(),
                Feedback.text("training.title"),
                List.of(
                        Feedback.text("training.topic"),
                        Feedback.text("training.heldOn"),
                        Feedback.text("training.place"),
                        Feedback.text("training.trainer"),
                        Feedback.text("training.attendees")),
                (first, size) -> records.sessions(sessionText, first, size),
                s -> List.of(
                        s.topic(),
                        s.heldOn().toString(),
                        nz(s.place()),
                        nz(s.trainer()),
                        String.valueOf(s.attendance().size())),
                EXPORT_MAX);
    }

    public StreamedContent getNonConformitiesExport() {
        return ExcelExport.of(
                "non-conformities",
                currentUser.getZone(),
                Feedback.text("nonConformity.title"),
                List.of(
                        Feedback.text("nonConformity.foundOn"),
                        Feedback.text("nonConformity.model"),
                        Feedback.text("nonConformity.serialNumber"),
                        Feedback.text("nonConformity.department"),
                        Feedback.text("nonConformity.description"),
                        Feedback.text("nonConformity.disposition"),
                        Feedback.text("nonConformity.state")),
                (first, size) -> records.nonConformities(new NonConformityFilter(ncState, ncText), first, size),
                n -> List.of(
                        n.foundOn().toString(),
                        nz(n.model()),
                        nz(n.serialNumber()),
                        nz(n.department()),
                        n.description(),
                        nz(n.disposition()),
                        Feedback.text("nonConformityState." + n.state().name())),
                EXPORT_MAX);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    // --- lists and options ---

    public List<TrainingPlanView> getPlans() {
        if (plans == null) {
            plans = records.plans(planYear);
        }
        return plans;
    }

    public void reloadPlans() {
        plans = null;
    }

    public KnowledgeKind[] getKinds() {
        return KnowledgeKind.values();
    }

    public Qualification[] getQualificationKinds() {
        return Qualification.values();
    }

    public NonConformityState[] getNcStates() {
        return NonConformityState.values();
    }

    public PagedModel<KnowledgeView> getArticles() {
        return articles;
    }

    public PagedModel<StaffView> getStaff() {
        return staff;
    }

    public PagedModel<SessionView> getSessions() {
        return sessions;
    }

    public PagedModel<NonConformityView> getNonConformities() {
        return nonConformities;
    }

    // --- fields ---

    public String getModelParam() {
        return modelParam;
    }

    public void setModelParam(String modelParam) {
        this.modelParam = modelParam;
    }

    public KnowledgeKind getKind() {
        return kind;
    }

    public void setKind(KnowledgeKind kind) {
        this.kind = kind;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public KnowledgeKind getArtKind() {
        return artKind;
    }

    public void setArtKind(KnowledgeKind artKind) {
        this.artKind = artKind;
    }

    public String getArtModel() {
        return artModel;
    }

    public void setArtModel(String artModel) {
        this.artModel = artModel;
    }

    public String getArtTitle() {
        return artTitle;
    }

    public void setArtTitle(String artTitle) {
        this.artTitle = artTitle;
    }

    public String getArtSymptom() {
        return artSymptom;
    }

    public void setArtSymptom(String artSymptom) {
        this.artSymptom = artSymptom;
    }

    public String getArtCause() {
        return artCause;
    }

    public void setArtCause(String artCause) {
        this.artCause = artCause;
    }

    public String getArtRemedy() {
        return artRemedy;
    }

    public void setArtRemedy(String artRemedy) {
        this.artRemedy = artRemedy;
    }

    public String getArtKeywords() {
        return artKeywords;
    }

    public void setArtKeywords(String artKeywords) {
        this.artKeywords = artKeywords;
    }

    public String getStaffText() {
        return staffText;
    }

    public void setStaffText(String staffText) {
        this.staffText = staffText;
    }

    public String getStName() {
        return stName;
    }

    public void setStName(String stName) {
        this.stName = stName;
    }

    public String getStUsername() {
        return stUsername;
    }

    public void setStUsername(String stUsername) {
        this.stUsername = stUsername;
    }

    public String getStDepartment() {
        return stDepartment;
    }

    public void setStDepartment(String stDepartment) {
        this.stDepartment = stDepartment;
    }

    public String getStEducation() {
        return stEducation;
    }

    public void setStEducation(String stEducation) {
        this.stEducation = stEducation;
    }

    public String getStTitle() {
        return stTitle;
    }

    public void setStTitle(String stTitle) {
        this.stTitle = stTitle;
    }

    public String getStSkills() {
        return stSkills;
    }

    public void setStSkills(String stSkills) {
        this.stSkills = stSkills;
    }

    public LocalDate getStHireDate() {
        return stHireDate;
    }

    public void setStHireDate(LocalDate stHireDate) {
        this.stHireDate = stHireDate;
    }

    public Long getQuStaffId() {
        return quStaffId;
    }

    public void setQuStaffId(Long quStaffId) {
        this.quStaffId = quStaffId;
    }

    public Qualification getQuKind() {
        return quKind;
    }

    public void setQuKind(Qualification quKind) {
        this.quKind = quKind;
    }

    public String getQuCertificate() {
        return quCertificate;
    }

    public void setQuCertificate(String quCertificate) {
        this.quCertificate = quCertificate;
    }

    public LocalDate getQuIssuedOn() {
        return quIssuedOn;
    }

    public void setQuIssuedOn(LocalDate quIssuedOn) {
        this.quIssuedOn = quIssuedOn;
    }

    public LocalDate getQuExpiresOn() {
        return quExpiresOn;
    }

    public void setQuExpiresOn(LocalDate quExpiresOn) {
        this.quExpiresOn = quExpiresOn;
    }

    public Integer getPlanYear() {
        return planYear;
    }

    public void setPlanYear(Integer planYear) {
        this.planYear = planYear;
    }

    public String getPlTopic() {
        return plTopic;
    }

    public void setPlTopic(String plTopic) {
        this.plTopic = plTopic;
    }

    public String getPlMonth() {
        return plMonth;
    }

    public void setPlMonth(String plMonth) {
        this.plMonth = plMonth;
    }

    public String getPlAudience() {
        return plAudience;
    }

    public void setPlAudience(String plAudience) {
        this.plAudience = plAudience;
    }

    public String getPlTrainer() {
        return plTrainer;
    }

    public void setPlTrainer(String plTrainer) {
        this.plTrainer = plTrainer;
    }

    public String getSessionText() {
        return sessionText;
    }

    public void setSessionText(String sessionText) {
        this.sessionText = sessionText;
    }

    public String getSeTopic() {
        return seTopic;
    }

    public void setSeTopic(String seTopic) {
        this.seTopic = seTopic;
    }

    public LocalDate getSeHeldOn() {
        return seHeldOn;
    }

    public void setSeHeldOn(LocalDate seHeldOn) {
        this.seHeldOn = seHeldOn;
    }

    public String getSePlace() {
        return sePlace;
    }

    public void setSePlace(String sePlace) {
        this.sePlace = sePlace;
    }

    public String getSeTrainer() {
        return seTrainer;
    }

    public void setSeTrainer(String seTrainer) {
        this.seTrainer = seTrainer;
    }

    public Long getSignSessionId() {
        return signSessionId;
    }

    public void setSignSessionId(Long signSessionId) {
        this.signSessionId = signSessionId;
    }

    public String getSignName() {
        return signName;
    }

    public void setSignName(String signName) {
        this.signName = signName;
    }

    public String getSignDepartment() {
        return signDepartment;
    }

    public void setSignDepartment(String signDepartment) {
        this.signDepartment = signDepartment;
    }

    public NonConformityState getNcState() {
        return ncState;
    }

    public void setNcState(NonConformityState ncState) {
        this.ncState = ncState;
    }

    public String getNcText() {
        return ncText;
    }

    public void setNcText(String ncText) {
        this.ncText = ncText;
    }

    public LocalDate getNcFoundOn() {
        return ncFoundOn;
    }

    public void setNcFoundOn(LocalDate ncFoundOn) {
        this.ncFoundOn = ncFoundOn;
    }

    public String getNcModel() {
        return ncModel;
    }

    public void setNcModel(String ncModel) {
        this.ncModel = ncModel;
    }

    public String getNcSerial() {
        return ncSerial;
    }

    public void setNcSerial(String ncSerial) {
        this.ncSerial = ncSerial;
    }

    public String getNcDepartment() {
        return ncDepartment;
    }

    public void setNcDepartment(String ncDepartment) {
        this.ncDepartment = ncDepartment;
    }

    public String getNcDescription() {
        return ncDescription;
    }

    public void setNcDescription(String ncDescription) {
        this.ncDescription = ncDescription;
    }

    public String getNcDisposition() {
        return ncDisposition;
    }

    public void setNcDisposition(String ncDisposition) {
        this.ncDisposition = ncDisposition;
    }

    public Long getStId() {
        return stId;
    }

    public boolean isStaffOpen() {
        return staffOpen;
    }

    public Long getQuId() {
        return quId;
    }

    public boolean isQualificationOpen() {
        return qualificationOpen;
    }

    public Long getPlId() {
        return plId;
    }

    public Long getSeId() {
        return seId;
    }

    public Long getSePlanId() {
        return sePlanId;
    }

    public void setSePlanId(Long sePlanId) {
        this.sePlanId = sePlanId;
    }

    public String getSignTopic() {
        return signTopic;
    }
}
