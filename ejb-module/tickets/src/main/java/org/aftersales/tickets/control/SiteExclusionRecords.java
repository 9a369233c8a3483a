package org.aftersales.tickets.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.aftersales.domain.tickets.EntitlementReassessment;
import org.aftersales.domain.tickets.SiteExclusion;
import org.aftersales.domain.tickets.Ticket;

/** W4: the exclusions found on a ticket's site, and the re-assessment of who pays from them. */
@Dependent
public class SiteExclusionRecords {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    public List<SiteExclusion> ofTicket(String number) {
        return em.createNamedQuery("SiteExclusion.ofTicket", SiteExclusion.class)
                .setParameter("ticket", number)
                .getResultList();
    }

    /** The exclusion of that ticket, its row locked. */
    public Optional<SiteExclusion> locked(String number, long id) {
        SiteExclusion x = em.find(SiteExclusion.class, id, LockModeType.PESSIMISTIC_WRITE);
        return x != null && x.getTicketNumber().equals(number) ? Optional.of(x) : Optional.empty();
    }

    /** The subject {@code <ticket>/E<id>} of a WARRANTY_EXCEPTION approval. */
    public Optional<SiteExclusion> bySubject(String subject) {
        int at = subject == null ? -1 : subject.lastIndexOf("/E");
        if (at <= 0) {
            return Optional.empty();
        }
        try {
            return locked(subject.substring(0, at), Long.parseLong(subject.substring(at + 2)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** W4, B3: the ticket's entitlement from what it was before the visit and what was found there. */
    public void reassess(Ticket ticket) {
        List<SiteExclusion> found = ofTicket(ticket.getNumber());
        if (found.isEmpty()) {
            return;
        }
        EntitlementReassessment.Outcome now = EntitlementReassessment.reassess(
                found.get(0).base(), found.stream().map(SiteExclusion::found).toList());
        ticket.reassess(now.entitlement(), now.reason());
        em.flush();
    }
}
