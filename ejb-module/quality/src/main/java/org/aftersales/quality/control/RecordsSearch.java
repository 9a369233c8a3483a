package org.aftersales.quality.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.quality.CapaSource;
import org.aftersales.domain.quality.CapaState;
import org.aftersales.domain.quality.CorrectiveAction;
import org.aftersales.domain.quality.InfoForm;
import org.aftersales.domain.quality.InfoFormState;
import org.aftersales.domain.quality.KnowledgeArticle;
import org.aftersales.domain.quality.NonConformity;
import org.aftersales.domain.quality.ResponsibleDepartment;
import org.aftersales.domain.quality.StaffRecord;
import org.aftersales.domain.quality.TrainingPlan;
import org.aftersales.domain.quality.TrainingSession;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.quality.boundary.RecordsViews.CapaFilter;
import org.aftersales.quality.boundary.RecordsViews.InfoFormFilter;
import org.aftersales.quality.boundary.RecordsViews.KnowledgeFilter;
import org.aftersales.quality.boundary.RecordsViews.NonConformityFilter;
import org.aftersales.quality.boundary.RecordsViews.StaffFilter;
import org.aftersales.support.query.Listing;

/** The information forms, corrective actions (Q3) and records (Q9) as the boundaries and the watch look them up. */
@Dependent
public class RecordsSearch {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    // --- departments ---

    public Optional<ResponsibleDepartment> department(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("ResponsibleDepartment.byCode", ResponsibleDepartment.class)
                .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public List<ResponsibleDepartment> departments() {
        return em.createNamedQuery("ResponsibleDepartment.all", ResponsibleDepartment.class)
                .getResultList();
    }

    public List<ResponsibleDepartment> departmentsOf(String username) {
        return em.createNamedQuery("ResponsibleDepartment.ofMember", ResponsibleDepartment.class)
                .setParameter("username", username)
                .getResultList();
    }

    // --- information forms ---

    public Optional<InfoForm> lockedInfoForm(long id) {
        return Optional.ofNullable(em.find(InfoForm.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The forms by state, department (one code or several) and words, newest first. */
    public PageResult<InfoForm> infoForms(InfoFormFilter filter, List<String> departments, int first, int size) {
        return Listing.of(em, InfoForm.class)
                .where((cb, f) -> {
                    List<Predicate> p = new ArrayList<>();
                    if (filter.state() != null) {
                        p.add(cb.equal(f.get("state"), filter.state()));
                    }
                    if (Listing.given(filter.department())) {
                        p.add(cb.equal(
                                f.get("departmentCode"),
                                filter.department().strip().toUpperCase(java.util.Locale.ROOT)));
                    }
                    if (departments != null) {
                        p.add(
                                departments.isEmpty()
                                        ? cb.disjunction()
                                        : f.get("departmentCode").in(departments));
                    }
                    if (Listing.given(filter.text())) {
                        p.add(cb.or(
                                Listing.contains(cb, f.get("problem"), filter.text()),
                                Listing.contains(cb, f.get("sourceRef"), filter.text()),
                                Listing.contains(cb, f.get("serialNumber"), filter.text())));
                    }
                    return p;
                })
                .page(first, size);
    }

    /** 售后信息处理单: routed forms whose deadline passed before {@code today} and that were not escalated. */
    public List<Long> overdueInfoForms(LocalDate today, int max) {
        return em.createQuery(
                        "SELECT f.id FROM InfoForm f WHERE f.state = :routed AND f.deadline < :today"
                                + " AND f.escalatedAt IS NULL ORDER BY f.deadline",
                        Long.class)
                .setParameter("routed", InfoFormState.ROUTED)
                .setParameter("today", today)
                .setMaxResults(max)
                .getResultList();
    }

    /** Marks the form escalated if nobody did: one row changes for the one caller that escalates. */
    public boolean markEscalated(long id, Instant at) {
        return em.createQuery("UPDATE InfoForm f SET f.escalatedAt = :at WHERE f.id = :id AND f.escalatedAt IS NULL"
                                + " AND f.state = :routed")
                        .setParameter("at", at)
                        .setParameter("id", id)
                        .setParameter("routed", InfoFormState.ROUTED)
                        .executeUpdate()
                == 1;
    }

    // --- corrective actions ---

    /** Q3: the items raised from one complaint or return visit, oldest first. */
    public List<CorrectiveAction> capasOfSource(CapaSource source, String ref) {
        return em.createQuery(
                        "SELECT a FROM CorrectiveAction a WHERE a.source = :source AND a.sourceRef = :ref ORDER BY a.id",
                        CorrectiveAction.class)
                .setParameter("source", source)
                .setParameter("ref", ref)
                .setMaxResults(100)
                .getResultList();
    }

    public Optional<CorrectiveAction> lockedCapa(long id) {
        return Optional.ofNullable(em.find(CorrectiveAction.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public PageResult<CorrectiveAction> capas(CapaFilter filter, LocalDate today, int first, int size) {
        return capaListing(filter, today).page(first, size);
    }

    public List<CorrectiveAction> allCapas(CapaFilter filter, LocalDate today) {
        return capaListing(filter, today).all();
    }

    private Listing<CorrectiveAction> capaListing(CapaFilter filter, LocalDate today) {
        return Listing.of(em, CorrectiveAction.class)
                .where((cb, a) -> {
                    List<Predicate> p = new ArrayList<>();
                    if (filter.state() != null) {
                        p.add(cb.equal(a.get("state"), filter.state()));
                    }
                    if (filter.source() != null) {
                        p.add(cb.equal(a.get("source"), filter.source()));
                    }
                    if (Listing.given(filter.owner())) {
                        p.add(cb.equal(a.get("owner"), filter.owner().strip()));
                    }
                    if (Listing.given(filter.department())) {
                        p.add(cb.equal(a.get("department"), filter.department().strip()));
                    }
                    if (Listing.given(filter.text())) {
                        p.add(cb.or(
                                Listing.contains(cb, a.get("title"), filter.text()),
                                Listing.contains(cb, a.get("description"), filter.text()),
                                Listing.contains(cb, a.get("sourceRef"), filter.text())));
                    }
                    if (filter.overdueOnly()) {
                        p.add(cb.notEqual(a.get("state"), CapaState.CLOSED));
                        p.add(cb.lessThan(a.<LocalDate>get("deadline"), today));
                    }
                    return p;
                })
                .orderBy((cb, a) -> List.of(cb.desc(a.get("raisedAt"))));
    }

    /** Q3: open items past their deadline, not yet alerted. */
    public List<Long> overdueCapas(LocalDate today, int max) {
        return em.createQuery(
                        "SELECT a.id FROM CorrectiveAction a WHERE a.state <> :closed AND a.deadline < :today"
                                + " AND a.overdueAlertedAt IS NULL ORDER BY a.deadline",
                        Long.class)
                .setParameter("closed", CapaState.CLOSED)
                .setParameter("today", today)
                .setMaxResults(max)
                .getResultList();
    }

    /** Q3: marks the overdue alert raised if it was not (a derived flag: no version bump). */
    public boolean markCapaAlerted(long id, Instant at) {
        return em.createQuery("UPDATE CorrectiveAction a SET a.overdueAlertedAt = :at WHERE a.id = :id"
                                + " AND a.overdueAlertedAt IS NULL")
                        .setParameter("at", at)
                        .setParameter("id", id)
                        .executeUpdate()
                == 1;
    }

    // --- records ---

    public List<TrainingPlan> plans(Integer year) {
        return Listing.of(em, TrainingPlan.class)
                .where((cb, p) -> year == null ? List.of() : List.of(cb.equal(p.get("planYear"), year)))
                .idAscending()
                .all();
    }

    public PageResult<TrainingSession> sessions(String text, int first, int size) {
        return Listing.of(em, TrainingSession.class)
                .where((cb, s) -> Listing.given(text)
                        ? List.of(cb.or(
                                Listing.contains(cb, s.get("topic"), text),
                                Listing.contains(cb, s.get("trainer"), text)))
                        : List.of())
                .orderBy((cb, s) -> List.of(cb.desc(s.get("heldOn"))))
                .page(first, size);
    }

    public PageResult<KnowledgeArticle> knowledge(KnowledgeFilter filter, int first, int size) {
        return Listing.of(em, KnowledgeArticle.class)
                .where((cb, a) -> {
                    List<Predicate> p = new ArrayList<>();
                    if (filter.kind() != null) {
                        p.add(cb.equal(a.get("kind"), filter.kind()));
                    }
                    if (Listing.given(filter.model())) {
                        p.add(cb.equal(
                                cb.upper(a.get("model")), filter.model().strip().toUpperCase(java.util.Locale.ROOT)));
                    }
                    if (Listing.given(filter.text())) {
                        p.add(cb.or(
                                Listing.contains(cb, a.get("title"), filter.text()),
                                Listing.contains(cb, a.get("symptom"), filter.text()),
                                Listing.contains(cb, a.get("cause"), filter.text()),
                                Listing.contains(cb, a.get("remedy"), filter.text()),
                                Listing.contains(cb, a.get("keywords"), filter.text())));
                    }
                    return p;
                })
                .page(first, size);
    }

    public PageResult<StaffRecord> staff(StaffFilter filter, int first, int size) {
        return Listing.of(em, StaffRecord.class)
                .where((cb, s) -> {
                    List<Predicate> p = new ArrayList<>();
                    if (Listing.given(filter.text())) {
                        p.add(cb.or(
                                Listing.contains(cb, s.get("name"), filter.text()),
                                Listing.contains(cb, s.get("username"), filter.text()),
                                Listing.contains(cb, s.get("skills"), filter.text()),
                                Listing.contains(cb, s.get("title"), filter.text())));
                    }
                    if (Listing.given(filter.department())) {
                        p.add(cb.equal(s.get("department"), filter.department().strip()));
                    }
                    return p;
                })
                .orderBy((cb, s) -> List.of(cb.asc(s.get("name"))))
                .page(first, size);
    }

    /** Q9: the ids of qualifications expiring by {@code until} (lapsed ones too) that were not warned about. */
    public List<Long> qualificationsToWarn(LocalDate until, int max) {
        return em.createQuery(
                        "SELECT q.id FROM StaffQualification q WHERE q.expiresOn <= :until AND q.warnedAt IS NULL"
                                + " ORDER BY q.expiresOn",
                        Long.class)
                .setParameter("until", until)
                .setMaxResults(max)
                .getResultList();
    }

    /** Q9: marks the warning given if nobody did; one caller wins. */
    public boolean markQualificationWarned(long id, Instant at) {
        return em.createQuery(
                                "UPDATE StaffQualification q SET q.warnedAt = :at WHERE q.id = :id AND q.warnedAt IS NULL")
                        .setParameter("at", at)
                        .setParameter("id", id)
                        .executeUpdate()
                == 1;
    }

    public PageResult<NonConformity> nonConformities(NonConformityFilter filter, int first, int size) {
        return Listing.of(em, NonConformity.class)
                .where((cb, n) -> {
                    List<Predicate> p = new ArrayList<>();
                    if (filter.state() != null) {
                        p.add(cb.equal(n.get("state"), filter.state()));
                    }
                    if (Listing.given(filter.text())) {
                        p.add(cb.or(
                                Listing.contains(cb, n.get("description"), filter.text()),
                                Listing.contains(cb, n.get("model"), filter.text()),
                                Listing.contains(cb, n.get("serialNumber"), filter.text())));
                    }
                    return p;
                })
                .orderBy((cb, n) -> List.of(cb.desc(n.get("foundOn"))))
                .page(first, size);
    }
}
