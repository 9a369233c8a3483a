package org.aftersales.support;

/**
 * The server resources the application uses, in one place. They are global names that
 * config/server (and config/test-server) create in the Payara domain, not {@code java:app/}
 * definitions inside the EAR: the pool's database, the broker's credentials and the SMTP relay
 * differ per installation and are provisioned with the domain (password aliases, PostgreSQL or
 * Derby), so the EAR stays the same file on every machine. {@code persistence.xml} names the data
 * source the same way.
 */
public final class JndiNames {

    /** The database (Derby embedded by default, PostgreSQL in production). */
    public static final String DATA_SOURCE = "jdbc/aftersales";
    /** OpenMQ through the resource adapter; persistent messages. */
    public static final String CONNECTION_FACTORY = "jms/aftersales/ConnectionFactory";
    /** The topic every context's domain events are published on (the outbox relay sends them). */
    public static final String EVENTS = "jms/aftersales/Events";
    /** Where the broker puts messages that could not be delivered. */
    public static final String DEAD_MESSAGES = "jms/aftersales/DeadMessages";
    /** The SMTP session of the mail outbox. */
    public static final String MAIL = "mail/aftersales";

    private JndiNames() {}
}
