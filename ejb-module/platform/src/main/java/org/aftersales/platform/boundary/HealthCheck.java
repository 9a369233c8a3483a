package org.aftersales.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.aftersales.support.JndiNames;

/** Whether the parts the application cannot work without answer: the database and the JMS broker. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthCheck {

    @Resource(lookup = JndiNames.DATA_SOURCE)
    private DataSource dataSource;

    @Resource(lookup = JndiNames.CONNECTION_FACTORY)
    private ConnectionFactory connectionFactory;

    /** Check name → "UP" or "DOWN: reason". */
    public Map<String, String> check() {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("database", database());
        checks.put("jms", jms());
        return checks;
    }

    private String database() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2) ? "UP" : "DOWN: connection not valid";
        } catch (Exception e) {
            return "DOWN: " + e.getClass().getSimpleName();
        }
    }

    private String jms() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer(); // forces the connection to the broker
            return "UP";
        } catch (Exception e) {
            return "DOWN: " + e.getClass().getSimpleName();
        }
    }
}
