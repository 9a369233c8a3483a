package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10.18: a message a consumer keeps refusing ends as a dead message the administrator sees
 * with its state, attempts and last error; retried, it is delivered — once, however often the
 * button is pressed; discarded, it needs a reason, and both decisions are in the audit log. The
 * failing consumer is {@link DeadLetterProbe}, deployed beside the application.
 */
@ExtendWith(ArquillianExtension.class)
class DeadMessagesIT {

    private static final String PROBE = Api.BASE.replaceAll("/aftersales$", "") + "/dead-letter-probe/probe";

    @Deployment(testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "dead-letter-probe.war")
                .addClasses(DeadLetterProbe.class, DeadLetterProbeServlet.class);
    }

    private static String probe(String query) {
        try {
            HttpResponse<String> answer = Api.HTTP.send(
                    HttpRequest.newBuilder(URI.create(PROBE + "?" + query)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), answer.body());
            return answer.body().strip();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Duration A_MINUTE = Duration.ofMinutes(1);
    private static final Duration POLL = Duration.ofMillis(500);

    private static Optional<JsonObject> deadMessage(String eventId, String state) {
        Answer list = get("/api/v1/dead-messages?state=" + state, admin());
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").stream()
                .map(v -> (JsonObject) v)
                .filter(m -> eventId.equals(m.getString("eventId", null)))
                .findFirst();
    }

    /** A probe event the probe refuses until it dies; its dead message. */
    private static JsonObject dead(String eventId) {
        assertEquals("sent", probe("fail=true&send=" + eventId));
        return await("the dead message of " + eventId)
                .atMost(A_MINUTE)
                .pollInterval(POLL)
                .until(() -> deadMessage(eventId, "DEAD"), Optional::isPresent)
                .get();
    }

    @Test
    void aDeadMessageRetriedIsDeliveredOnceHoweverOftenTheRetryIsPressed() throws Exception {
        String eventId = UUID.randomUUID().toString();
        JsonObject dead = dead(eventId);
        assertEquals("DeadLetterProbe", dead.getString("eventType"));
        assertEquals(1, dead.getInt("attempts"));
        assertTrue(dead.containsKey("lastError"), dead.toString());
        assertEquals("0", probe("delivered=" + eventId), "never handled so far");

        probe("heal=" + eventId); // the cause is mended
        long id = dead.getJsonNumber("id").longValue();
        Answer retried = post("/api/v1/dead-messages/" + id + "/retry", admin(), null);
        assertEquals(200, retried.status(), retried.body());
        assertEquals("RETRIED", retried.json().getString("state"));
        Answer again = post("/api/v1/dead-messages/" + id + "/retry", admin(), null);
        assertEquals(200, again.status(), again.body());
        assertEquals("RETRIED", again.json().getString("state"));

        await("the delivery")
                .atMost(A_MINUTE)
                .pollInterval(POLL)
                .until(() -> probe("delivered=" + eventId), "1"::equals);
        // the relay runs every second: a second send would arrive within 3 s, so the count must stay 1 that long
        await("delivered once, not twice")
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .pollInterval(POLL)
                .until(() -> probe("delivered=" + eventId), "1"::equals);
        assertEquals("1", probe("delivered=" + eventId), "delivered once, not twice");

        Answer audit = get("/api/v1/audit?entityType=DeadMessage&entityId=" + id, admin());
        assertEquals(1, audit.json().getInt("total"), "one decision, one audit line: " + audit.body());
        JsonObject line = audit.json().getJsonArray("items").getJsonObject(0);
        assertEquals("admin", line.getString("actor"));
        assertTrue(line.getString("after").contains("state=RETRIED"), line.toString());
    }

    @Test
    void aDeadMessageIsDiscardedOnlyWithAReasonAndTheReasonIsAudited() throws Exception {
        String eventId = UUID.randomUUID().toString();
        long id = dead(eventId).getJsonNumber("id").longValue();

        Answer refused = post("/api/v1/dead-messages/" + id + "/discard", admin(), "{\"reason\":\"  \"}");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"reason\""), refused.body());
        assertEquals(
                422,
                post("/api/v1/dead-messages/" + id + "/discard", admin(), "{}").status());
        assertTrue(deadMessage(eventId, "DEAD").isPresent(), "still to handle");

        String reason = "探针消息，测试用，无需处理";
        Answer discarded = post("/api/v1/dead-messages/" + id + "/discard", admin(), "{\"reason\":\"" + reason + "\"}");
        assertEquals(200, discarded.status(), discarded.body());
        assertEquals("DISCARDED", discarded.json().getString("state"));
        assertEquals(reason, discarded.json().getString("note"));
        assertEquals("admin", discarded.json().getString("decidedBy"));
        assertEquals(
                409,
                post("/api/v1/dead-messages/" + id + "/retry", admin(), null).status(),
                "discarded stays discarded");

        Answer audit = get("/api/v1/audit?entityType=DeadMessage&entityId=" + id, admin());
        JsonObject line = audit.json().getJsonArray("items").getJsonObject(0);
        assertEquals("admin", line.getString("actor"));
        assertTrue(
                line.getString("after").contains("reason=" + reason)
                        && line.getString("after").contains("state=DISCARDED"),
                line.toString());
        assertEquals("0", probe("delivered=" + eventId), "a discarded message is never delivered");
    }
}
