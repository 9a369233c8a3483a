package org.aftersales.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.ReturningPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;

/**
 * Issue 15.1: on PostgreSQL a new row's id comes back with its INSERT ({@code INSERT … RETURNING ID})
 * instead of a second statement, {@code select lastval()}, which EclipseLink sends after every insert
 * into a table with an identity column (five per ticket registration: 7 % of the server's CPU, and five
 * round trips). The ids are the same: the identity column still assigns them, in the inserting
 * statement, so they keep the order in which rows were written.
 *
 * <p>Embedded Derby has no RETURNING clause: there everything stays as the entities declare it
 * ({@code GenerationType.IDENTITY}).
 */
public class IdsReturnedByInsert implements SessionCustomizer {

    /** The server log's line at deployment on PostgreSQL, followed by the number of entities. */
    public static final String MESSAGE = "New rows' ids come back with their INSERT (RETURNING); entities: ";

    private static final Logger LOG = Logger.getLogger(IdsReturnedByInsert.class.getName());

    @Override
    public void customize(Session session) throws SQLException, NamingException {
        if (!postgresql(session)) {
            return;
        }
        int changed = 0;
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (identity(session, descriptor)) {
                DatabaseField id = descriptor.getSequenceNumberField();
                descriptor.setSequenceNumberField(null);
                descriptor.setSequenceNumberName(null);
                ReturningPolicy returning =
                        descriptor.hasReturningPolicy() ? descriptor.getReturningPolicy() : new ReturningPolicy();
                returning.addFieldForInsertReturnOnly(id);
                descriptor.setReturningPolicy(returning);
                changed++;
            }
        }
        LOG.info(MESSAGE + changed);
    }

    private static boolean identity(Session session, ClassDescriptor descriptor) {
        if (!descriptor.usesSequenceNumbers() || descriptor.getSequenceNumberName() == null) {
            return false;
        }
        Sequence sequence = session.getDatasourcePlatform().getSequence(descriptor.getSequenceNumberName());
        return sequence instanceof NativeSequence nativeSequence
                && nativeSequence.shouldUseIdentityIfPlatformSupports();
    }

    /** The platform is detected only at login, after this runs: the data source says which database it is. */
    private static boolean postgresql(Session session) throws SQLException, NamingException {
        if (!(session.getDatasourceLogin() instanceof DatasourceLogin login
                && login.getConnector() instanceof JNDIConnector connector)) {
            return false;
        }
        DataSource source = connector.getDataSource() != null
                ? connector.getDataSource()
                : (DataSource) new InitialContext().lookup(connector.getName());
        try (Connection connection = source.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
