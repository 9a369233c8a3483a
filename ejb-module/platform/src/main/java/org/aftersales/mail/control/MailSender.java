package org.aftersales.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.domain.mail.OutgoingMail;
import org.aftersales.mail.control.MailAttempts.Claim;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.support.JndiNames;

/**
 * Sends the e-mails of the mail outbox that are due: every {@code mail.poll-seconds} (a timer that
 * re-arms itself with the current setting) and right after a transaction that queued mail commits.
 * Each mail is claimed, sent and its outcome recorded in separate short transactions
 * ({@link MailAttempts}); the SMTP conversation itself runs outside any transaction and with short
 * timeouts ({@link SmtpTransport}). A server that is down or absent therefore only makes mails
 * wait for their next attempt; it never holds a lock, a notification or a message. Every node
 * runs the timer; the row lock of the claim lets only one of them send a given mail.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class MailSender {

    public static final String POLL_SECONDS = "mail.poll-seconds";
    /** Mails per query; a run goes on while full batches come back. */
    static final int BATCH = 50;

    private static final int MAX_BATCHES = 20;
    /** Nobody else takes a claimed mail for this long: far beyond the SMTP timeouts of one attempt. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource
    private TimerService timers;

    @Resource(lookup = JndiNames.MAIL)
    private Session session;

    @EJB
    private MailAttempts attempts;

    @Inject
    private SettingReader settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @PostConstruct
    void start() {
        arm(Duration.ofSeconds(5));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick(Timer timer) {
        try {
            sendDue();
        } finally {
            arm(pollInterval());
        }
    }

    /** The current setting; the default when it cannot be read, so the sender is always re-armed. */
    private Duration pollInterval() {
        try {
            return Duration.ofSeconds(Math.max(1, settings.number(POLL_SECONDS, 10)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Setting " + POLL_SECONDS + " not readable; next run in 10 s", e);
            return Duration.ofSeconds(10);
        }
    }

    private void arm(Duration in) {
        try {
            timers.createSingleActionTimer(in.toMillis(), new TimerConfig("mail sender", false));
        } catch (IllegalStateException e) {
            LOG.log(Level.FINE, "Mail sender not re-armed (the application is stopping)", e);
        }
    }

    /** Sends what is due now; a call while a run is going on makes that run look again. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            SmtpTransport transport = new SmtpTransport(session);
            while (again.getAndSet(false)) {
                for (int i = 0; i < MAX_BATCHES; i++) {
                    List<Long> due = attempts.due(Instant.now(), BATCH);
                    due.forEach(id -> sendOne(transport, id));
                    if (due.size() < BATCH) {
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail sender stopped; the next run goes on", e);
        } finally {
            running.set(false);
        }
    }

    private void sendOne(SmtpTransport transport, long id) {
        Instant now = Instant.now();
        Optional<Claim> claimed = attempts.claim(id, now, now.plus(LEASE));
        if (claimed.isEmpty()) {
            return; // another node took it, or an administrator changed it
        }
        Claim mail = claimed.get();
        String error = null;
        try {
            transport.send(mail.recipient(), mail.subject(), mail.body());
            LOG.fine(() -> "Mail " + id + " to " + mail.recipient() + ": " + mail.subject());
        } catch (Exception e) { // MessagingException, or anything the mail provider throws
            error = OutgoingMail.describe(e);
            String logged = error;
            LOG.fine(() -> "Mail " + id + " attempt " + mail.attempt() + " failed: " + logged);
        }
        attempts.record(id, mail.attempt(), error, Instant.now());
    }
}
