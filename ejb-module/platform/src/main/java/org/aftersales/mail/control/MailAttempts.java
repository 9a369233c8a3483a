package org.aftersales.mail.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.aftersales.domain.mail.MailStatus;
import org.aftersales.domain.mail.OutgoingMail;
import org.aftersales.domain.mail.RetrySchedule;
import org.aftersales.settings.boundary.SettingReader;

/**
 * The mail sender's database side, each step a short transaction of its own: find what is due,
 * claim one mail under a row lock (committed before anyone talks to the SMTP server, so two nodes
 * never send the same mail), record the outcome.
 */
@Stateless
@PermitAll
public class MailAttempts {

    public static final String MAX_ATTEMPTS = "mail.max-attempts";
    public static final String RETRY_BASE_SECONDS = "mail.retry-base-seconds";
    private static final Logger LOG = Logger.getLogger(MailAttempts.class.getName());

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private SettingReader settings;

    /** The mail being sent in one attempt. */
    public record Claim(long id, int attempt, String recipient, String subject, String body) {}

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Instant now, int max) {
        return em.createQuery(
                        "SELECT m.id FROM OutgoingMail m WHERE m.status = :pending AND m.nextAttemptAt <= :now "
                                + "ORDER BY m.nextAttemptAt, m.id",
                        Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** Takes the mail for one attempt if it is still due (another node may have taken it meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Claim> claim(long id, Instant now, Instant leaseUntil) {
        OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isDue(now)) {
            return Optional.empty();
        }
        mail.claim(now, leaseUntil);
        return Optional.of(new Claim(id, mail.getAttempts(), mail.getRecipient(), mail.getSubject(), mail.getBody()));
    }

    /** The outcome of the attempt: {@code error} null when the server accepted the mail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long id, int attempt, String error, Instant now) {
        OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getStatus() != MailStatus.PENDING || mail.getAttempts() != attempt) {
            // an administrator retried or discarded it meanwhile: their decision stands
            LOG.info(() -> "Outcome of mail " + id + " attempt " + attempt + " not recorded: it changed meanwhile");
            return;
        }
        if (error == null) {
            mail.sent(now);
        } else {
            mail.attemptFailed(error, now, schedule());
            if (mail.getStatus() == MailStatus.FAILED) {
                LOG.warning(() -> "Mail " + id + " to " + mail.getRecipient() + " failed after " + attempt
                        + " attempts: " + error);
            }
        }
    }

    public RetrySchedule schedule() {
        return RetrySchedule.of(settings.number(MAX_ATTEMPTS, 6), settings.number(RETRY_BASE_SECONDS, 30));
    }
}
