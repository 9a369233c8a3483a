package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.10: the in-app notification never depends on e-mail. With no mail server (the default
 * of a fresh installation) or one that does not answer, a dispatch still reaches the technician in
 * the app and nothing lands in the dead message queue; the e-mail waits in the mail outbox, is
 * retried with backoff, is marked FAILED after the last attempt for the administrators, and goes
 * out when an administrator retries it once a server is there. No SMTP server runs on
 * {@code it.smtp.port} while these tests do, except the one a test starts itself.
 */
class MailOutboxIT {

    private static final String PASSWORD = "mail outbox it secret";
    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 25025);
    private static final Map<String, String> SAVED = new HashMap<>();

    @BeforeAll
    static void fewQuickAttempts() {
        // two attempts one second apart, looked for every second: FAILED within seconds, not 15 minutes
        for (String key : List.of("mail.max-attempts", "mail.retry-base-seconds", "mail.poll-seconds")) {
            SAVED.put(key, setting(key).getString("value"));
        }
        change("mail.max-attempts", "2");
        change("mail.retry-base-seconds", "1");
        change("mail.poll-seconds", "1");
    }

    @AfterAll
    static void restoreSettings() {
        SAVED.forEach(MailOutboxIT::change);
    }

    private static JsonObject setting(String key) {
        Answer all = get("/api/v1/settings", admin());
        assertEquals(200, all.status(), all.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(all.body()))) {
            return reader.readObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("key").equals(key))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no setting " + key));
        }
    }

    private static void change(String key, String value) {
        long version = setting(key).getJsonNumber("version").longValue();
        Answer changed = send(
                "PUT",
                "/api/v1/settings/" + key,
                admin(),
                "{\"value\":\"%s\",\"version\":%d}".formatted(value, version));
        assertEquals(200, changed.status(), changed.body());
    }

    private static String technician(String email) {
        String username = unique("m");
        Answer created = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"邮件测试技师","password":"%s","roles":["TECHNICIAN"],"region":"北京",
                 "qualifications":["ELECTRICIAN"],"email":%s,"temporaryPassword":false}""".formatted(
                        username, PASSWORD, email == null ? "null" : "\"" + email + "\""));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    /** A new ticket dispatched to the technician; returns its number. */
    private static String dispatchedTo(String technician) {
        Answer customer =
                post("/api/v1/customers", admin(), """
                {"name":"邮件客户%s","type":"HOUSEHOLD","phone":"137%08d","region":"北京","address":"北京市东城区1号"}""".formatted(unique(""), (long) (Math.random() * 100_000_000L)));
        assertEquals(201, customer.status(), customer.body());
        Answer ticket = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","description":"不制冷"}""".formatted(
                        customer.json().getJsonNumber("id").longValue()));
        assertEquals(201, ticket.status(), ticket.body());
        String number = ticket.json().getString("number");
        Answer dispatched = post(
                "/api/v1/tickets/" + number + "/events",
                admin(),
                "{\"type\":\"DISPATCHED\",\"technician\":\"" + technician + "\"}");
        assertEquals(201, dispatched.status(), dispatched.body());
        return number;
    }

    private static boolean notifiedInTheApp(String technician, String number) {
        Answer mine = get("/api/v1/notifications", basic(technician, PASSWORD));
        return mine.status() == 200 && mine.body().contains(number);
    }

    /** The outbox row of the mail to {@code email}, if any. */
    private static Optional<JsonObject> mailTo(String email) {
        Answer list = get("/api/v1/mail-outbox?size=500", admin());
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("recipient").equals(email))
                .findFirst();
    }

    private static String status(String email) {
        return mailTo(email).map(m -> m.getString("status")).orElse("none");
    }

    private static boolean inDeadMessages(String text) {
        Answer dead = get("/api/v1/dead-messages", admin());
        assertEquals(200, dead.status(), dead.body());
        return dead.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("body", "").contains(text));
    }

    @Test
    void withoutAMailServerTheTechnicianIsNotifiedInTheAppAndTheMailFailsVisiblyThenGoesOutOnRetry() throws Exception {
        String email = "tech-" + unique("") + "@example.test";
        String technician = technician(email);
        String number = dispatchedTo(technician);

        await("the in-app notification")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> notifiedInTheApp(technician, number));
        await("two failed attempts, then FAILED")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> status(email).equals("FAILED"));
        JsonObject failed = mailTo(email).orElseThrow();
        assertEquals(2, failed.getInt("attempts"), failed.toString());
        assertTrue(failed.getString("subject").contains(number), failed.toString());
        assertTrue(failed.getString("lastError", "").contains("Exception"), "the error is kept: " + failed);
        assertFalse(
                failed.containsKey("nextAttemptAt") && !failed.isNull("nextAttemptAt"),
                "no further attempt: " + failed);
        long id = failed.getJsonNumber("id").longValue();

        Answer failedList = get("/api/v1/mail-outbox?status=FAILED", admin());
        assertTrue(failedList.body().contains(email), "the administrators' list of failed mails has it");
        assertEquals(
                403,
                get("/api/v1/mail-outbox?status=FAILED", basic(technician, PASSWORD))
                        .status());
        assertEquals(422, get("/api/v1/mail-outbox?status=LOST", admin()).status());
        assertFalse(inDeadMessages(number), "the dispatch event was handled, not dead-lettered");
        assertEquals(
                1,
                get("/api/v1/notifications", basic(technician, PASSWORD)).json().getInt("total"),
                "notified once: the event was not redelivered");

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
        smtp.start();
        try {
            Answer retried = post("/api/v1/mail-outbox/" + id + "/retry", admin(), null);
            assertEquals(200, retried.status(), retried.body());
            await("delivered after the retry")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> received(smtp, email).size() == 1);
            assertTrue(received(smtp, email).get(0).getSubject().contains(number));
            await().atMost(Duration.ofSeconds(10)).until(() -> status(email).equals("SENT"));
            assertEquals(
                    409,
                    post("/api/v1/mail-outbox/" + id + "/retry", admin(), null).status(),
                    "sent: not again");
        } finally {
            smtp.stop();
        }
        Answer audit = get("/api/v1/audit?entityType=OutgoingMail&entityId=" + id, admin());
        assertTrue(
                audit.body().contains("status=FAILED")
                        && audit.body().contains("status=PENDING")
                        && audit.body().contains("\"actor\":\"admin\""),
                "the retry is in the audit log: " + audit.body());
    }

    private static List<MimeMessage> received(GreenMail smtp, String email) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email)) {
                mine.add(m);
            }
        }
        return mine;
    }

    @Test
    void aMailServerThatAcceptsButNeverAnswersCostsSecondsNotAHang() throws Exception {
        String email = "silent-" + unique("") + "@example.test";
        String technician = technician(email);
        try (ServerSocket silent = new ServerSocket(SMTP_PORT, 50, InetAddress.getByName("127.0.0.1"))) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        held.add(silent.accept()); // connected, and then nothing: no SMTP greeting
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            String number = dispatchedTo(technician);
            await("the in-app notification")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> notifiedInTheApp(technician, number));
            // two attempts, each given up after the 5 s read timeout, one second apart
            await("FAILED after the timeouts")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> status(email).equals("FAILED"));
            String error = mailTo(email).orElseThrow().getString("lastError", "");
            assertTrue(error.toLowerCase().contains("timed out") || error.contains("Timeout"), error);
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aRecipientWithoutAnAddressIsNotifiedInTheAppOnlyAndAnAdministratorDiscardsAMailWithAReason() {
        String withoutMail = technician(null);
        String number = dispatchedTo(withoutMail);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> notifiedInTheApp(withoutMail, number));

        String email = "discard-" + unique("") + "@example.test";
        String technician = technician(email);
        dispatchedTo(technician);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> status(email).equals("FAILED"));
        long id = mailTo(email).orElseThrow().getJsonNumber("id").longValue();

        Answer noReason = post("/api/v1/mail-outbox/" + id + "/discard", admin(), "{\"reason\":\" \"}");
        assertEquals(422, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("reason"), noReason.body());
        assertEquals(
                403,
                post("/api/v1/mail-outbox/" + id + "/discard", basic(technician, PASSWORD), "{\"reason\":\"x\"}")
                        .status());
        Answer discarded = post("/api/v1/mail-outbox/" + id + "/discard", admin(), "{\"reason\":\"技师已离职\"}");
        assertEquals(200, discarded.status(), discarded.body());
        assertEquals("DISCARDED", discarded.json().getString("status"));
        assertEquals("技师已离职", discarded.json().getString("note"));
        assertEquals("admin", discarded.json().getString("decidedBy"));
        assertEquals(
                409, post("/api/v1/mail-outbox/" + id + "/retry", admin(), null).status());
        assertEquals(
                404, post("/api/v1/mail-outbox/99999999/retry", admin(), null).status());
        Answer audit = get("/api/v1/audit?entityType=OutgoingMail&entityId=" + id, admin());
        assertTrue(audit.body().contains("技师已离职"), audit.body());
    }
}
