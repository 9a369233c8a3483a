package org.aftersales.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.io.File;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server, beside the running application: the events topic, its consumer and the dead
 * message queue, through the same JMS resources the application uses.
 */
@ExtendWith(ArquillianExtension.class)
class EventsIT {

    @Deployment
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "events-it.war")
                .addClass(EventsIT.class)
                .addAsLibraries(jarOf(Awaitility.class), jarOf(Matcher.class)); // the test runs in the server
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T lookup(String name, Class<T> type) throws Exception {
        return type.cast(new InitialContext().lookup(name));
    }

    private static void send(String text, String type, String id) throws Exception {
        ConnectionFactory factory = lookup("jms/aftersales/ConnectionFactory", ConnectionFactory.class);
        Topic topic = lookup("jms/aftersales/Events", Topic.class);
        try (JMSContext jms = factory.createContext()) {
            TextMessage message = jms.createTextMessage(text);
            message.setStringProperty("eventType", type);
            if (id != null) {
                message.setStringProperty("eventId", id);
            }
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(topic, message);
        }
    }

    /**
     * Bounded, at most a minute. Polls on the test's own thread: the conditions look the data source
     * up, which belongs to a thread of the server.
     */
    private static ConditionFactory withinAMinute(String what) {
        return await(what)
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .pollInSameThread();
    }

    private static long count(String sql, String parameter) {
        try (Connection c = lookup("jdbc/aftersales", DataSource.class).getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Issue 10.18: the dead message queue is emptied into the administrators' list (table dead_message). */
    private static boolean inDeadMessages(String eventId) {
        return count("SELECT COUNT(*) FROM dead_message WHERE event_id = ? AND state = 'DEAD'", eventId) > 0;
    }

    private static String accountLocked(String id, String username) {
        return "{\"type\":\"AccountLocked\",\"id\":\"" + id + "\",\"occurredAt\":\"" + Instant.now()
                + "\",\"data\":{\"username\":\"" + username + "\",\"failedLogins\":\"5\"}}";
    }

    @Test
    void aMessageThatCannotBeHandledEndsInTheDeadMessageQueueAfterTheRedeliveryLimit() throws Exception {
        // of a type a consumer subscribes to (issue 15.1: each consumer selects the types it handles)
        String id = UUID.randomUUID().toString();
        send("this is not an event", "AccountLocked", id);
        withinAMinute("the poison message ends, through the dead message queue, in the administrators' list")
                .until(() -> inDeadMessages(id));
    }

    @Test
    void anEventDeliveredTwiceIsHandledOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        long admins = count("SELECT COUNT(*) FROM app_user WHERE locked = FALSE AND roles LIKE ?", "%ADMIN%");
        send(accountLocked(id, "it-dup"), "AccountLocked", id);
        send(accountLocked(id, "it-dup"), "AccountLocked", id);
        String sentinel = UUID.randomUUID().toString();
        send(accountLocked(sentinel, "it-sentinel"), "AccountLocked", sentinel);
        String notified = "SELECT COUNT(*) FROM notification WHERE source_event = ?";
        withinAMinute("both events are handled")
                .until(() -> count(notified, sentinel) == admins && count(notified, id) >= admins);
        assertEquals(admins, count(notified, id), "one notification per administrator, not two");
        assertEquals(1, count("SELECT COUNT(*) FROM processed_event WHERE event_key = ?", "platform/" + id));
    }
}
