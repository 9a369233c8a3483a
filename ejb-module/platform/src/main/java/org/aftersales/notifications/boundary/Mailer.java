package org.aftersales.notifications.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;

/**
 * E-mail through the configured SMTP server ({@code mail/aftersales}, set up by config/server from
 * AFTERSALES_SMTP_HOST/PORT and AFTERSALES_MAIL_FROM). A failure to hand a message to the server is
 * thrown, so the caller's transaction rolls back and the event that caused it is redelivered:
 * nothing is silently lost.
 */
@Stateless
@PermitAll
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "mail/aftersales")
    private Session session;

    public void send(String to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setSentDate(Date.from(Instant.now()));
            Transport.send(message);
            LOG.fine(() -> "Mail to " + to + ": " + subject);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not send mail to " + to + ": " + e.getMessage(), e);
        }
    }
}
