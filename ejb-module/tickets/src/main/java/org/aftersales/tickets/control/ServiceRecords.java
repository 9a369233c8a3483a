package org.aftersales.tickets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.Plausible;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;
import org.aftersales.domain.tickets.ServiceSignature;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.domain.tickets.TicketEventType;
import org.aftersales.domain.tickets.WorkEntry;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.TicketViews.ServiceRecordInput;

/**
 * T8, T11: the service record of a ticket, the hours it books as the technician's work entry for the
 * day, and the customer's signature under it.
 */
@Dependent
public class ServiceRecords {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private TicketQueries queries;

    @Inject
    private BusinessCalendar calendar;

    /** T8, T11: the record's texts and hours, the hours booked for the day; its line in the history (issue 10.18). */
    public void save(Ticket ticket, ServiceRecordInput input, String by) {
        List<FieldError> errors = new ArrayList<>();
        if (input.hours() != null && ticket.getTechnician() == null) {
            errors.add(FieldError.of("hours", "validation.hoursNeedTechnician"));
        }
        // T11, issue 10.12: hours are worked on a day that has been
        Plausible.pastDate("workDate", input.workDate(), calendar.today()).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        ticket.recordService(
                Text.optional(input.diagnosis()),
                Text.optional(input.solution()),
                Text.optional(input.workDone()),
                Text.optional(input.partsUsed()),
                input.hours());
        if (input.hours() != null) {
            LocalDate day = input.workDate() != null ? input.workDate() : calendar.today();
            queries.workEntry(ticket.getNumber(), ticket.getTechnician(), day)
                    .ifPresentOrElse(
                            entry -> entry.correct(input.hours()),
                            () -> em.persist(new WorkEntry(
                                    ticket.getNumber(), ticket.getTechnician(), day, ticket.getKind(), input.hours())));
        }
        em.persist(ticket.historyOf(TicketEventType.SERVICE_RECORDED, calendar.now(), by, null));
    }

    /** T4, T8: the customer's signature on the service record, once; its line in the history (issue 10.18). */
    public void sign(Ticket ticket, String number, byte[] png, String signedBy, String by) {
        if (em.find(ServiceSignature.class, ticket.getId()) != null) {
            throw new ConflictException("error.signedAlready", number);
        }
        if (signedBy == null || signedBy.isBlank()) {
            throw new RuleViolationException(FieldError.of("signedBy", "validation.required"));
        }
        Instant now = calendar.now();
        em.persist(new ServiceSignature(ticket.getId(), png, signedBy.strip(), now, by));
        em.persist(ticket.historyOf(TicketEventType.SIGNED, now, by, signedBy.strip()));
    }
}
