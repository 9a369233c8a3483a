package org.aftersales.mail.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

/**
 * Hands one message to the SMTP server of the mail session ({@code mail/aftersales}, set up by
 * config/domain/resources.asadmin from AFTERSALES_SMTP_HOST/PORT and AFTERSALES_MAIL_FROM). The
 * session's connect, read and write timeouts are short (that file sets them; a session without them
 * gets them here), so a server that is down or does not answer costs seconds, never a hung sender.
 */
public final class SmtpTransport {

    /** Milliseconds; the JavaMail defaults are "wait forever". */
    static final Map<String, String> TIMEOUTS = Map.of(
            "mail.smtp.connectiontimeout", "5000", "mail.smtp.timeout", "5000", "mail.smtp.writetimeout", "5000");

    private final Session session;

    public SmtpTransport(Session configured) {
        this.session = withTimeouts(configured);
    }

    static Session withTimeouts(Session configured) {
        Properties properties = configured.getProperties();
        if (TIMEOUTS.keySet().stream().allMatch(properties::containsKey)) {
            return configured;
        }
        Properties copy = new Properties();
        copy.putAll(properties);
        TIMEOUTS.forEach(copy::putIfAbsent);
        return Session.getInstance(copy);
    }

    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(Date.from(Instant.now()));
        Transport.send(message);
    }
}
