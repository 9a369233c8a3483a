package org.aftersales.quality.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.quality.Complaint;
import org.aftersales.domain.quality.KpiCounters;
import org.aftersales.domain.quality.KpiDaily;
import org.aftersales.domain.quality.KpiDimension;
import org.aftersales.domain.quality.KpiRules;
import org.aftersales.domain.quality.RepairCall;
import org.aftersales.domain.quality.TicketFact;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.domain.tickets.ServiceKind;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;

/**
 * Q8: keeps the quality context's KPI aggregates up to date — a fact row per ticket and the daily
 * rollups per dimension ({@link KpiDaily}) — from the tickets' events (registered, closed, reopened)
 * and the context's own survey answers, repair evaluations and complaints. Every change of a fact
 * takes its old contribution off the rollups and adds the new one, in the same transaction as the
 * event's {@code ProcessedEvent}: a redelivered event changes nothing twice.
 */
@Dependent
public class KpiFacts {

    public static final String REPEAT_DAYS = "quality.repeat-failure-days";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private SettingReader settings;

    @Inject
    private BusinessCalendar calendar;

    /** TicketRegistered: a repair call for a serial; earlier repairs closed within the window become repeats. */
    public void registered(DomainEvent event) {
        String number = event.get("number");
        String serial = text(event.get("serialNumber"));
        ServiceKind kind = kind(event.get("kind"));
        Instant at = instant(event.get("registeredAt"), event.occurredAt());
        if (number == null || serial == null || !KpiRules.isRepair(kind)) {
            return;
        }
        if (em.find(RepairCall.class, number) == null) {
            em.persist(new RepairCall(number, serial, at));
        }
        int days = repeatDays();
        List<TicketFact> earlier = em.createNamedQuery(TicketFact.REPEAT_CANDIDATES, TicketFact.class)
                .setParameter("serial", serial)
                .setParameter("registered", at)
                .setParameter("since", at.minus(Duration.ofDays(days)))
                .setParameter("ticket", number)
                .getResultList();
        for (TicketFact fact : earlier) {
            if (KpiRules.isRepair(fact.getKind()) && KpiRules.followsWithin(fact.getClosedAt(), at, days)) {
                TicketFact.Snapshot before = fact.snapshot();
                fact.markRepeatFailure();
                move(before, fact.snapshot());
            }
        }
    }

    /** TicketEventRecorded CLOSED: the fact takes the ticket's last cycle and counts on the closing day. */
    public void closed(DomainEvent event) {
        String number = event.get("number");
        if (number == null) {
            return;
        }
        TicketFact fact = fact(number);
        TicketFact.Snapshot before = fact.snapshot();
        Instant closedAt = instant(event.get("closedAt"), event.occurredAt());
        fact.closed(
                new TicketFact.Closing(
                        text(event.get("serialNumber")),
                        text(event.get("model")),
                        text(event.get("region")),
                        text(event.get("technician")),
                        kind(event.get("kind")),
                        text(event.get("faultLevel")),
                        instant(event.get("cycleStart"), null),
                        instant(event.get("arriveBy"), null),
                        instant(event.get("arrivedAt"), null),
                        instant(event.get("solutionBy"), null),
                        instant(event.get("solutionAt"), null),
                        instant(event.get("resolveBy"), null),
                        instant(event.get("resolvedAt"), null),
                        closedAt),
                closedAt.atZone(calendar.zone()).toLocalDate());
        if (!fact.isRepeatFailure() && KpiRules.isRepair(fact.getKind()) && fact.getSerialNumber() != null) {
            int days = repeatDays();
            Long later = em.createNamedQuery(TicketFact.LATER_CALLS, Long.class)
                    .setParameter("serial", fact.getSerialNumber())
                    .setParameter("closed", closedAt)
                    .setParameter("until", closedAt.plus(Duration.ofDays(days)))
                    .setParameter("ticket", number)
                    .getSingleResult();
            if (later != null && later > 0) {
                fact.markRepeatFailure(); // a call came in before this close was handled
            }
        }
        move(before, fact.snapshot());
    }

    /** TicketEventRecorded REOPENED: the ticket counts nowhere until closed again. */
    public void reopened(DomainEvent event) {
        TicketFact fact =
                em.find(TicketFact.class, String.valueOf(event.get("number")), LockModeType.PESSIMISTIC_WRITE);
        if (fact == null) {
            fact = fact(event.get("number"));
        }
        TicketFact.Snapshot before = fact.snapshot();
        fact.reopened();
        move(before, fact.snapshot());
    }

    /** Q5: a survey of the ticket was answered. */
    public void surveyAnswered(String ticket, Integer score) {
        TicketFact fact = em.find(TicketFact.class, ticket, LockModeType.PESSIMISTIC_WRITE);
        if (fact != null) {
            TicketFact.Snapshot before = fact.snapshot();
            fact.surveyAnswered(score);
            move(before, fact.snapshot());
        }
    }

    /** Q6: the ticket's repair was evaluated (or the evaluation revised). */
    public void evaluated(TicketFact fact, int quality, int attitude) {
        TicketFact.Snapshot before = fact.snapshot();
        fact.evaluated(quality, attitude);
        move(before, fact.snapshot());
    }

    /** Q1: a complaint counts on the day it was accepted, under its ticket's (or serial's) model, region, technician. */
    public void complaint(Complaint c) {
        LocalDate day = c.getAcceptedAt().atZone(calendar.zone()).toLocalDate();
        TicketFact about = c.getTicketNumber() == null ? null : em.find(TicketFact.class, c.getTicketNumber());
        if (about == null && c.getSerialNumber() != null) {
            about = em.createQuery(
                            "SELECT f FROM TicketFact f WHERE f.serialNumber = :s ORDER BY f.ticketNumber DESC",
                            TicketFact.class)
                    .setParameter("s", c.getSerialNumber())
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
        }
        Map<KpiDimension, String> keys = new EnumMap<>(KpiDimension.class);
        keys.put(KpiDimension.ALL, TicketFact.NONE);
        keys.put(KpiDimension.MODEL, about == null ? TicketFact.NONE : about.getModel());
        keys.put(KpiDimension.REGION, about == null ? TicketFact.NONE : about.getRegion());
        String technician =
                c.getTechnician() != null ? c.getTechnician() : about == null ? null : about.getTechnician();
        keys.put(KpiDimension.TECHNICIAN, technician == null ? TicketFact.NONE : technician);
        move(null, new TicketFact.Snapshot(day, keys, KpiCounters.complaint()));
    }

    public TicketFact find(String ticket) {
        return em.find(TicketFact.class, ticket, LockModeType.PESSIMISTIC_WRITE);
    }

    private TicketFact fact(String number) {
        TicketFact fact = em.find(TicketFact.class, number, LockModeType.PESSIMISTIC_WRITE);
        if (fact == null) {
            fact = new TicketFact(number);
            em.persist(fact);
        }
        return fact;
    }

    /** Takes {@code before}'s contribution off its day's rows and adds {@code after}'s to its own. */
    void move(TicketFact.Snapshot before, TicketFact.Snapshot after) {
        apply(before, -1);
        apply(after, 1);
    }

    private void apply(TicketFact.Snapshot s, int sign) {
        if (s == null || s.day() == null || s.counters().isZero()) {
            return;
        }
        s.keys().forEach((dimension, key) -> row(s.day(), dimension, key).add(s.counters(), sign));
    }

    private KpiDaily row(LocalDate day, KpiDimension dimension, String key) {
        String id = KpiDaily.idOf(day, dimension, key);
        KpiDaily row = em.find(KpiDaily.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new KpiDaily(day, dimension, key);
            em.persist(row);
        }
        return row;
    }

    private int repeatDays() {
        return settings.number(REPEAT_DAYS, 30);
    }

    private static String text(String s) {
        return s == null || s.isBlank() || "null".equals(s) ? null : s;
    }

    private static ServiceKind kind(String s) {
        try {
            return s == null ? null : ServiceKind.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(String s, Instant otherwise) {
        if (text(s) == null) {
            return otherwise;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
