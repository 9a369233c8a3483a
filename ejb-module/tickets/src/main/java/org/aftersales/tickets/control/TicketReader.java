package org.aftersales.tickets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.domain.tickets.ServiceSignature;
import org.aftersales.domain.tickets.SlaClock;
import org.aftersales.domain.tickets.Ticket;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.tickets.boundary.TicketViews.SignatureInfo;
import org.aftersales.tickets.boundary.TicketViews.TicketView;

/**
 * A ticket as a caller may see it (issue 10.1: a partner only its own, anyone else's is unknown) and
 * its view: the history, the SLA clock now (T5), the signature (T8), the pickup code for those who
 * hand out receipts (T6).
 */
@Dependent
public class TicketReader {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private TicketQueries queries;

    @Inject
    private SlaCatalog sla;

    @Inject
    private BusinessCalendar calendar;

    public Optional<Ticket> visible(String number, Caller who) {
        Optional<String> partner = who.partner();
        return queries.byNumber(number).filter(t -> t.visibleTo(partner));
    }

    /** The ticket as the caller may see it; unknown (404) when it is not there or not theirs. */
    public Ticket existing(String number, Caller who) {
        return visible(number, who).orElseThrow(() -> new UnknownEntityException("Ticket", number));
    }

    /** The ticket, its row locked for this transaction (events are recorded one after the other). */
    public Ticket locked(String number) {
        return queries.locked(number).orElseThrow(() -> new UnknownEntityException("Ticket", number));
    }

    /** T8: the customer's signature on the service record, if given. */
    public Optional<ServiceSignature> signature(Ticket ticket) {
        return Optional.ofNullable(em.find(ServiceSignature.class, ticket.getId()));
    }

    public TicketView view(Ticket ticket, Caller who) {
        SlaClock clock = ticket.clock(sla.termsFor(ticket.getFaultLevel()), calendar.now());
        return TicketView.of(
                ticket,
                clock,
                queries.history(ticket),
                signature(ticket)
                        .map(s -> new SignatureInfo(s.getSignedBy(), s.getSignedAt()))
                        .orElse(null),
                seesPickupCodes(who));
    }

    /** T6: the pickup code is for the agents and the carry-in desk that hand out the receipt, nobody else. */
    public static boolean seesPickupCodes(Caller who) {
        return who.isAny(Role.AGENT, Role.WAREHOUSE);
    }
}
