package org.aftersales.it;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The test's handle on {@link DeadLetterProbe}: {@code ?send=ID&fail=true} publishes a probe event
 * (refused while failing), {@code ?heal=ID} lets it through from now on, {@code ?delivered=ID} says
 * how often it was handled.
 */
@WebServlet("/probe")
public class DeadLetterProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        String send = request.getParameter("send");
        if (send != null) {
            if ("true".equals(request.getParameter("fail"))) {
                DeadLetterProbe.FAILING.add(send);
            }
            publish(send);
            response.getWriter().print("sent");
        } else if (request.getParameter("heal") != null) {
            DeadLetterProbe.FAILING.remove(request.getParameter("heal"));
            response.getWriter().print("healed");
        } else {
            AtomicInteger count = DeadLetterProbe.DELIVERED.get(request.getParameter("delivered"));
            response.getWriter().print(count == null ? 0 : count.get());
        }
    }

    private static void publish(String id) {
        try {
            InitialContext naming = new InitialContext();
            ConnectionFactory factory = (ConnectionFactory) naming.lookup("jms/aftersales/ConnectionFactory");
            Topic topic = (Topic) naming.lookup("jms/aftersales/Events");
            try (JMSContext jms = factory.createContext()) {
                TextMessage message = jms.createTextMessage("{\"type\":\"DeadLetterProbe\",\"id\":\"" + id
                        + "\",\"occurredAt\":\"" + Instant.now() + "\",\"data\":{\"note\":\"probe\"}}");
                message.setStringProperty("eventType", "DeadLetterProbe");
                message.setStringProperty("eventId", id);
                jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(topic, message);
            }
        } catch (NamingException | jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
