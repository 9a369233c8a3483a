package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.createUser;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.StockIT.part;
import static org.aftersales.it.StockIT.receive;
import static org.aftersales.it.StockIT.servicePoint;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.aftersales.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12.4: a step that waited longer than its kind's term is announced again to its deciders, in
 * the app (and by e-mail through the outbox), once per step and day — the real reminder bean, run by
 * {@link ApprovalReminderProbeServlet} as if days had passed, and the real events topic in between.
 */
@ExtendWith(ArquillianExtension.class)
class ApprovalRemindersIT {

    private static final String PASSWORD = "reminders it secret";
    private static final String PROBE = Api.BASE.replaceAll("/aftersales$", "") + "/approval-reminder-probe/remind";

    @Deployment(testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "approval-reminder-probe.war")
                .addClasses(ApprovalReminderProbeServlet.class);
    }

    private static int remindAfter(int days) {
        try {
            HttpResponse<String> answer = Api.HTTP.send(
                    HttpRequest.newBuilder(URI.create(PROBE + "?days=" + days)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), answer.body());
            return Integer.parseInt(answer.body().strip());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long reminders(String user, String subject) {
        Answer mine = get("/api/v1/notifications?size=200", basic(user, PASSWORD));
        assertEquals(200, mine.status(), mine.body());
        return mine.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(n -> n.getString("messageKey").equals("notification.approvalReminder"))
                .filter(n -> n.getJsonArray("args").getString(0).equals(subject))
                .count();
    }

    @Test
    void anOverdueStepIsRemindedOncePerDay() {
        String manager = createUser("MANAGER", PASSWORD);
        String keeper = createUser("WAREHOUSE", PASSWORD);
        String point = servicePoint(keeper);
        String p = part("30.00");
        receive(point, p, 4, 4, "20.00");
        Answer started =
                post("/api/v1/stock-takes", basic(keeper, PASSWORD), "{\"servicePoint\":\"%s\"}".formatted(point));
        assertEquals(201, started.status(), started.body());
        long take = started.json().getJsonNumber("id").longValue();
        assertEquals(
                200,
                send(
                                "PUT",
                                "/api/v1/stock-takes/" + take + "/counts",
                                basic(keeper, PASSWORD),
                                "{\"counts\":[{\"partNumber\":\"%s\",\"counted\":3}]}".formatted(p))
                        .status());
        Answer submitted = post("/api/v1/stock-takes/" + take + "/submission", basic(keeper, PASSWORD), "");
        assertEquals(200, submitted.status(), submitted.body());
        String subject = submitted.json().getString("number");
        // the default chain: the managers; a manager is told at once that it waits
        await("the managers are told it waits for them")
                .atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/notifications?size=200", basic(manager, PASSWORD))
                        .body()
                        .contains(subject));
        assertEquals(0, reminders(manager, subject), "not overdue yet");

        // two days later: reminded once, however often the timer runs that day
        assertTrue(remindAfter(2) >= 1);
        remindAfter(2);
        await("the reminder reaches the manager through the events topic")
                .atMost(Duration.ofSeconds(30))
                .until(() -> reminders(manager, subject) == 1);
        // the next day once more
        remindAfter(3);
        await("and again the next day").atMost(Duration.ofSeconds(30)).until(() -> reminders(manager, subject) == 2);
        assertEquals(2, reminders(manager, subject), "never twice a day");

        // decided: no more reminders
        assertEquals(
                200,
                post("/api/v1/stock-takes/" + take + "/approval", basic(manager, PASSWORD), "")
                        .status());
        remindAfter(4);
        assertEquals(2, reminders(manager, subject));
        assertEquals(
                "APPROVED", get("/api/v1/stock-takes/" + take, admin()).json().getString("status"));
    }
}
