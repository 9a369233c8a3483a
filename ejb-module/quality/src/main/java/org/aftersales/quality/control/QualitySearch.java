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
import org.aftersales.domain.quality.Complaint;
import org.aftersales.domain.quality.ComplaintChannel;
import org.aftersales.domain.quality.ComplaintState;
import org.aftersales.domain.quality.ReturnVisit;
import org.aftersales.domain.quality.Survey;
import org.aftersales.domain.quality.VisitState;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.quality.boundary.QualityViews.ComplaintFilter;
import org.aftersales.support.query.Listing;

/** Q1–Q5: complaints, visits and surveys as the boundaries, the watch and the consumers look them up. */
@Dependent
public class QualitySearch {

    /** Q1, Q2: the states in which the reply promised to the customer is still owed. */
    private static final List<ComplaintState> OWED = List.of(
            ComplaintState.ACCEPTED, ComplaintState.CLASSIFIED, ComplaintState.INVESTIGATING, ComplaintState.SOLVED);

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public Optional<Complaint> complaint(String number) {
        return em.createNamedQuery("Complaint.byNumber", Complaint.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** The complaint, its row locked until the transaction ends: two steps at once are put in order. */
    public Optional<Complaint> lockedComplaint(String number) {
        return em.createNamedQuery("Complaint.byNumber", Complaint.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Q5: the customer's e-mail address, if the customer has one (the survey link is mailed there). */
    public Optional<String> customerEmail(Long customerId) {
        if (customerId == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c.email FROM Customer c WHERE c.id = :id", String.class)
                .setParameter("id", customerId)
                .getResultStream()
                .filter(e -> e != null && !e.isBlank())
                .findFirst();
    }

    /** Q2: the complaint list, newest first, lazily paged; overdue as of {@code now}. */
    public PageResult<Complaint> complaints(ComplaintFilter filter, Instant now, int first, int size) {
        return complaints(filter, Optional.empty(), now, first, size);
    }

    /** {@code partner}: the partner the caller acts as — it lists only the complaints it filed (issue 10.1). */
    public PageResult<Complaint> complaints(
            ComplaintFilter filter, Optional<String> partner, Instant now, int first, int size) {
        return Listing.of(em, Complaint.class)
                .where((cb, c) -> {
                    List<Predicate> p = new ArrayList<>();
                    partner.ifPresent(name -> {
                        p.add(cb.equal(c.get("acceptedBy"), name));
                        p.add(cb.equal(c.get("channel"), ComplaintChannel.PARTNER_API));
                    });
                    if (filter.state() != null) {
                        p.add(cb.equal(c.get("state"), filter.state()));
                    }
                    if (Listing.given(filter.ticketNumber())) {
                        p.add(cb.equal(
                                c.get("ticketNumber"), filter.ticketNumber().strip()));
                    }
                    if (Listing.given(filter.serialNumber())) {
                        p.add(cb.equal(
                                c.get("serialNumber"), filter.serialNumber().strip()));
                    }
                    if (filter.severity() != null) {
                        p.add(cb.equal(c.get("severity"), filter.severity()));
                    }
                    if (filter.overdue()) { // Q1: the promised reply is owed and its time has passed
                        p.add(c.get("state").in(OWED));
                        p.add(cb.lessThan(c.<Instant>get("replyBy"), now));
                    }
                    return p;
                })
                .orderBy((cb, c) -> List.of(cb.desc(c.get("acceptedAt"))))
                .page(first, size);
    }

    /**
     * Q1: the ids of complaints whose promised reply is owed and due by {@code until}, not yet alerted
     * for the stage they are in (near: not alerted; missed: not alerted as missed).
     */
    public List<Long> replyDueBy(Instant until, Instant now, int max) {
        return em.createQuery(
                        "SELECT c.id FROM Complaint c WHERE c.state IN :owed AND c.replyBy <= :until"
                                + " AND (c.replyAlert IS NULL OR (c.replyAlert = :near AND c.replyBy < :now))"
                                + " ORDER BY c.replyBy",
                        Long.class)
                .setParameter(
                        "owed",
                        List.of(
                                ComplaintState.ACCEPTED,
                                ComplaintState.CLASSIFIED,
                                ComplaintState.INVESTIGATING,
                                ComplaintState.SOLVED))
                .setParameter("until", until)
                .setParameter("near", Complaint.ALERT_NEAR)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Q1: marks the complaint alerted at {@code stage} if it was not already — one row changes for the
     * one caller that raises the alert (a derived column: no version bump, nobody's edit turns stale).
     */
    public boolean markAlerted(long id, String stage) {
        String earlier = Complaint.ALERT_MISSED.equals(stage) ? Complaint.ALERT_NEAR : "-";
        return em.createQuery("UPDATE Complaint c SET c.replyAlert = :stage WHERE c.id = :id"
                                + " AND (c.replyAlert IS NULL OR c.replyAlert = :earlier)")
                        .setParameter("stage", stage)
                        .setParameter("id", id)
                        .setParameter("earlier", earlier)
                        .executeUpdate()
                == 1;
    }

    /** Q3: a visit as a corrective action refers to it. */
    public Optional<ReturnVisit> visit(long id) {
        return Optional.ofNullable(em.find(ReturnVisit.class, id));
    }

    public Optional<ReturnVisit> lockedVisit(long id) {
        return Optional.ofNullable(em.find(ReturnVisit.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Q4: the call list of {@code day}: open visits due on or before it, the longest waiting first;
     * optionally of one serial number.
     */
    public PageResult<ReturnVisit> visitsDue(LocalDate day, String serialNumber, int first, int size) {
        return Listing.of(em, ReturnVisit.class)
                .where((cb, v) -> {
                    List<Predicate> p = new ArrayList<>();
                    p.add(v.get("state").in(VisitState.DUE, VisitState.RETRY));
                    p.add(cb.lessThanOrEqualTo(v.<LocalDate>get("dueFrom"), day));
                    if (Listing.given(serialNumber)) {
                        p.add(cb.equal(v.get("serialNumber"), serialNumber.strip()));
                    }
                    return p;
                })
                .orderBy((cb, v) -> List.of(cb.asc(v.get("dueFrom"))))
                .page(first, size);
    }

    /** Q4: a visit was already made for this event (a redelivered message). */
    public boolean visitFor(String sourceEvent) {
        return !em.createQuery("SELECT v.id FROM ReturnVisit v WHERE v.sourceEvent = :e", Long.class)
                .setParameter("e", sourceEvent)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public Optional<Survey> surveyOfTicket(String ticketNumber) {
        return em.createNamedQuery("Survey.ofTicket", Survey.class)
                .setParameter("ticket", ticketNumber)
                .getResultStream()
                .findFirst();
    }

    public Optional<Survey> survey(String token) {
        return em.createNamedQuery("Survey.byToken", Survey.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    /** Q5: the survey, locked: two answers at once are put in order and the second finds the first. */
    public Optional<Survey> lockedSurvey(String token) {
        return em.createNamedQuery("Survey.byToken", Survey.class)
                .setParameter("token", token)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
