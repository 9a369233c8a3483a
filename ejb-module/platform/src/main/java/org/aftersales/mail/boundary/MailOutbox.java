package org.aftersales.mail.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.domain.mail.MailStatus;
import org.aftersales.domain.mail.OutgoingMail;
import org.aftersales.domain.shared.AuditEntry;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.domain.shared.UnknownEntityException;
import org.aftersales.mail.control.MailQueries;
import org.aftersales.mail.control.MailSender;
import org.aftersales.support.tx.AfterCommit;

/**
 * The mail outbox: how every context sends e-mail. {@link #queue} writes the mail in the caller's
 * transaction — beside the in-app notification it accompanies — and returns at once; the
 * {@link MailSender} sends it after the commit, retries with backoff and finally marks it FAILED.
 * Nothing a caller does ever waits for, or fails because of, the SMTP server.
 *
 * <p>The administrators see the outbox by status and retry a mail now or discard it with a
 * reason; each such decision is written to the audit log.
 */
@Stateless
public class MailOutbox {

    private static final String SENDER_REGISTERED = MailOutbox.class.getName() + ".sender";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private MailSender sender;

    @Inject
    private MailQueries queries;

    /**
     * Queues a colleague's e-mail written from a context's mail bundle ({@code <key>.subject},
     * {@code <key>.body}) in the colleague's language (English if they chose it, else Chinese).
     * Colleagues without an address are told in the app only: nothing is queued, false.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean queueFor(StaffMember to, String bundle, ClassLoader loader, String key, List<String> args) {
        if (to.email() == null || to.email().isBlank()) {
            return false;
        }
        Locale locale =
                to.locale() != null && to.locale().startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return queue(
                to.email(),
                text(bundle, loader, locale, key + ".subject", args),
                text(bundle, loader, locale, key + ".body", args));
    }

    /**
     * Queues a mail to an address outside the staff (a customer) in {@code locale}, written from a
     * context's mail bundle ({@code <key>.subject}, {@code <key>.body}); no address → nothing, false.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean queueTo(
            String address, Locale locale, String bundle, ClassLoader loader, String key, List<String> args) {
        if (address == null || address.isBlank()) {
            return false;
        }
        return queue(
                address.strip(),
                text(bundle, loader, locale, key + ".subject", args),
                text(bundle, loader, locale, key + ".body", args));
    }

    private static String text(String bundle, ClassLoader loader, Locale locale, String key, List<String> args) {
        try {
            String pattern = ResourceBundle.getBundle(
                            bundle,
                            locale,
                            loader,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            return new MessageFormat(pattern, locale).format(args.toArray());
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
    }

    /**
     * Queues a mail in the caller's transaction. A recipient without an address is skipped (false);
     * an address the mail library refuses is kept as FAILED for the administrators, never thrown.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean queue(String to, String subject, String body) {
        if (to == null || to.isBlank()) {
            return false;
        }
        Instant now = Instant.now();
        try {
            new InternetAddress(to.strip(), true);
            em.persist(new OutgoingMail(to, subject, body, now));
            sendAfterCommit();
        } catch (AddressException e) {
            em.persist(OutgoingMail.undeliverable(to, subject, body, OutgoingMail.describe(e), now));
        }
        return true;
    }

    @RolesAllowed(Roles.ADMIN)
    public PageResult<MailView> list(MailStatus status, int first, int size) {
        PageResult<OutgoingMail> page = queries.find(status, first, size);
        return new PageResult<>(page.items().stream().map(MailView::of).toList(), page.total());
    }

    @RolesAllowed(Roles.ADMIN)
    public Map<MailStatus, Long> counts() {
        return queries.counts();
    }

    /** Sends a FAILED (or waiting) mail again now, with a fresh allowance of attempts; 409 when sent or discarded. */
    @RolesAllowed(Roles.ADMIN)
    public MailView retryNow(long id) {
        OutgoingMail mail = find(id);
        String before = mail.auditText();
        mail.retryNow(caller(), Instant.now());
        audit(mail, before);
        sendAfterCommit();
        return MailView.of(mail);
    }

    /** Sets a FAILED (or waiting) mail aside for good; the reason is required. */
    @RolesAllowed(Roles.ADMIN)
    public MailView discard(long id, String reason) {
        OutgoingMail mail = find(id);
        String before = mail.auditText();
        mail.discard(reason, caller(), Instant.now());
        audit(mail, before);
        return MailView.of(mail);
    }

    private OutgoingMail find(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            throw new UnknownEntityException("OutgoingMail", id);
        }
        return mail;
    }

    /**
     * The sender's attempts are not audit-worthy (they are on the row itself); an administrator's
     * decision is, in the same transaction as the change.
     */
    private void audit(OutgoingMail mail, String before) {
        em.persist(new AuditEntry(
                Instant.now(),
                caller(),
                AuditEntry.Action.UPDATE,
                "OutgoingMail",
                String.valueOf(mail.getId()),
                before,
                mail.auditText()));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /** Wakes the sender once the transaction that queued mail has committed (the timer would, a little later). */
    private void sendAfterCommit() {
        AfterCommit.once(transaction, SENDER_REGISTERED, () -> executor.execute(sender::sendDue));
    }

    /** One mail as the administrators see it (without the body). */
    public record MailView(
            long id,
            String recipient,
            String subject,
            MailStatus status,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError,
            String decidedBy,
            Instant decidedAt,
            String note)
            implements Serializable {

        static MailView of(OutgoingMail m) {
            return new MailView(
                    m.getId(),
                    m.getRecipient(),
                    m.getSubject(),
                    m.getStatus(),
                    m.getAttempts(),
                    m.getCreatedAt(),
                    m.getNextAttemptAt(),
                    m.getSentAt(),
                    m.getLastError(),
                    m.getDecidedBy(),
                    m.getDecidedAt(),
                    m.getNote());
        }
    }
}
