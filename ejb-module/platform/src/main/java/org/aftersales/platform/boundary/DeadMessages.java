package org.aftersales.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.shared.AuditEntry;
import org.aftersales.domain.shared.DeadLetter;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.events.boundary.DomainEvents;

/**
 * The messages no consumer could handle after the redelivery limit (taken off OpenMQ's dead
 * message queue by {@code DeadMessageCollector}), for the administrators: listed with their state,
 * attempts and last error; retried — sent back once through the event outbox, a second press
 * changes nothing — or discarded with a reason. Each decision is written to the audit log in the
 * same transaction (issue 10.18).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DeadMessages {

    private static final int BODY_EXCERPT = 500;
    static final String AUDIT_TYPE = "DeadMessage";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private DomainEvents events;

    /** Oldest first, at most {@code max}; {@code state} null: every state. */
    public List<DeadMessage> list(DeadLetter.State state, int max) {
        return page(state, 0, max).items();
    }

    /** Oldest first, at most {@code max}, every state (as before the states existed). */
    public List<DeadMessage> list(int max) {
        return list(null, max);
    }

    public PageResult<DeadMessage> page(DeadLetter.State state, int first, int size) {
        TypedQuery<DeadLetter> items =
                em.createNamedQuery(state == null ? "DeadLetter.all" : "DeadLetter.inState", DeadLetter.class);
        TypedQuery<Long> count =
                em.createNamedQuery(state == null ? "DeadLetter.countAll" : "DeadLetter.countInState", Long.class);
        if (state != null) {
            items.setParameter("state", state);
            count.setParameter("state", state);
        }
        List<DeadMessage> page = items.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(DeadMessage::of)
                .toList();
        return new PageResult<>(page, first == 0 && page.size() < size ? page.size() : count.getSingleResult());
    }

    /** Sends the message back to be delivered, once: a second press (before it died again) changes nothing. */
    public DeadMessage retry(long id) {
        DeadLetter letter = find(id);
        String before = letter.auditText();
        if (letter.retry(caller(), Instant.now(), UUID.randomUUID().toString())) {
            events.republish(
                    letter.getEventId(),
                    letter.getEventType() == null ? "Unknown" : letter.getEventType(),
                    letter.getBody() == null ? "" : letter.getBody());
            audit(letter, before);
        }
        return DeadMessage.of(letter);
    }

    /** Sets the message aside for good; the reason is required (422 without). */
    public DeadMessage discard(long id, String reason) {
        DeadLetter letter = find(id);
        String before = letter.auditText();
        if (letter.discard(reason, caller(), Instant.now())) {
            audit(letter, before);
        }
        return DeadMessage.of(letter);
    }

    private DeadLetter find(long id) {
        DeadLetter letter = em.find(DeadLetter.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (letter == null) {
            throw new UnknownEntityException(AUDIT_TYPE, id);
        }
        return letter;
    }

    private void audit(DeadLetter letter, String before) {
        em.persist(new AuditEntry(
                Instant.now(),
                caller(),
                AuditEntry.Action.UPDATE,
                AUDIT_TYPE,
                String.valueOf(letter.getId()),
                before,
                letter.auditText()));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /** One dead message as the administrators see it; the body is an excerpt. */
    public record DeadMessage(
            long id,
            String messageId,
            Instant sentAt,
            Instant deadAt,
            String eventType,
            String eventId,
            String reason,
            String destination,
            String body,
            DeadLetter.State state,
            int attempts,
            String lastError,
            String decidedBy,
            Instant decidedAt,
            String note)
            implements Serializable {

        static DeadMessage of(DeadLetter d) {
            String body = d.getBody();
            if (body != null && body.length() > BODY_EXCERPT) {
                body = body.substring(0, BODY_EXCERPT) + "…";
            }
            return new DeadMessage(
                    d.getId(),
                    d.getMessageId(),
                    d.getSentAt(),
                    d.getDeadAt(),
                    d.getEventType(),
                    d.getEventId(),
                    d.getReason(),
                    d.getDestination(),
                    body,
                    d.getState(),
                    d.getAttempts(),
                    d.getLastError(),
                    d.getDecidedBy(),
                    d.getDecidedAt(),
                    d.getNote());
        }
    }
}
