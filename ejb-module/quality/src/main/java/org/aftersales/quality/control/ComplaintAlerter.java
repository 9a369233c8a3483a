package org.aftersales.quality.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.domain.quality.Complaint;
import org.aftersales.domain.quality.ComplaintFlow;
import org.aftersales.domain.shared.DomainEvent;
import org.aftersales.events.boundary.DomainEvents;
import org.aftersales.quality.boundary.QualityEvents;

/**
 * Q1: looks at one complaint whose promised reply is near or past, in a transaction of its own, and
 * raises each alert once: the conditional update of its alert stage lets one caller through, a second
 * node or run changes no row and raises nothing.
 */
@Stateless
@PermitAll
public class ComplaintAlerter {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private DomainEvents events;

    @Inject
    private QualitySearch search;

    /** Returns the alerts raised (0 or 1). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int check(long id, Instant now) {
        Complaint complaint = em.find(Complaint.class, id);
        if (complaint == null || !ComplaintFlow.replyOwed(complaint.getState())) {
            return 0;
        }
        // near, or already missed when first seen (then only the miss is told)
        String stage = now.isAfter(complaint.getReplyBy()) ? Complaint.ALERT_MISSED : Complaint.ALERT_NEAR;
        if (!search.markAlerted(id, stage)) {
            return 0;
        }
        Map<String, String> data = new HashMap<>();
        data.put("number", complaint.getNumber());
        data.put("replyBy", complaint.getReplyBy().toString());
        data.put("severity", complaint.getSeverity().name());
        if (complaint.getOwner() != null) {
            data.put("owner", complaint.getOwner());
        }
        events.publish(DomainEvent.of(
                Complaint.ALERT_MISSED.equals(stage) ? QualityEvents.REPLY_MISSED : QualityEvents.REPLY_NEAR,
                now,
                data));
        return 1;
    }
}
