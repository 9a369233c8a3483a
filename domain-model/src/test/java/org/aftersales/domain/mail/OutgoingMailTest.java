package org.aftersales.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant T0 = Instant.parse("2026-11-26T01:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private static void failOnce(OutgoingMail mail, Instant now, RetrySchedule schedule) {
        mail.claim(now, now.plus(LEASE));
        mail.attemptFailed("MailConnectException: Couldn't connect to host", now, schedule);
    }

    @Test
    void aFailedAttemptWaitsAsTheScheduleSaysAndTheLastOneFails() {
        RetrySchedule schedule = RetrySchedule.of(3, 10);
        OutgoingMail mail = new OutgoingMail("tech@example.test", "派工", "正文", T0);
        assertTrue(mail.isDue(T0));

        mail.claim(T0, T0.plus(LEASE));
        assertEquals(1, mail.getAttempts());
        assertFalse(mail.isDue(T0.plusSeconds(60)), "claimed: nobody else takes it during the lease");
        mail.attemptFailed("MailConnectException: Couldn't connect to host", T0, schedule);
        assertEquals(T0.plusSeconds(10), mail.getNextAttemptAt());
        assertEquals(MailStatus.PENDING, mail.getStatus());

        failOnce(mail, T0.plusSeconds(10), schedule);
        assertEquals(T0.plusSeconds(30), mail.getNextAttemptAt(), "10 s later, then 20 s");
        failOnce(mail, T0.plusSeconds(30), schedule);
        assertEquals(MailStatus.FAILED, mail.getStatus(), "the third of three attempts was the last");
        assertNull(mail.getNextAttemptAt());
        assertFalse(mail.isDue(T0.plusSeconds(3600)));
        assertEquals("MailConnectException: Couldn't connect to host", mail.getLastError());
    }

    @Test
    void anAdministratorRetriesWithAFreshAllowanceOrDiscardsWithAReason() {
        RetrySchedule schedule = RetrySchedule.of(1, 10);
        OutgoingMail mail = new OutgoingMail("tech@example.test", "派工", "正文", T0);
        failOnce(mail, T0, schedule);
        assertEquals(MailStatus.FAILED, mail.getStatus());

        mail.retryNow("admin", T0.plusSeconds(100));
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertTrue(mail.isDue(T0.plusSeconds(100)));
        mail.claim(T0.plusSeconds(100), T0.plusSeconds(220));
        mail.sent(T0.plusSeconds(101));
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertThrows(ConflictException.class, () -> mail.retryNow("admin", T0), "a sent mail is not sent again");

        OutgoingMail other = new OutgoingMail("wh@example.test", "备件", "正文", T0);
        assertThrows(RuleViolationException.class, () -> other.discard(" ", "admin", T0), "the reason is required");
        other.discard("地址已停用", "admin", T0);
        assertEquals(MailStatus.DISCARDED, other.getStatus());
        assertEquals("地址已停用", other.getNote());
        assertEquals("admin", other.getDecidedBy());
        assertThrows(ConflictException.class, () -> other.discard("again", "admin", T0));
    }

    @Test
    void theErrorKeptIsTheExceptionClassAndAShortMessage() {
        String text = OutgoingMail.describe(
                new IllegalStateException("Could not send", new ConnectException("Connection refused")));
        assertEquals("IllegalStateException: Could not send (ConnectException: Connection refused)", text);
        String longText = OutgoingMail.describe(new IOException("x".repeat(2000)));
        assertEquals(OutgoingMail.ERROR_LENGTH, longText.length());
    }
}
