package org.aftersales.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.aftersales.support.JndiNames;

/**
 * Brings the schema up to date at deployment, before anything uses JPA: every bean that touches
 * the database at start-up depends on this one. The change sets live beside the entities in
 * {@code domain-model} ({@code db/changelog}); Liquibase's lock table keeps two nodes from
 * migrating at once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = JndiNames.DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        ClassLoader loader = org.aftersales.domain.shared.AuditedEntity.class.getClassLoader();
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(Map.of(Scope.Attr.classLoader.name(), loader), () -> {
                Database database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .addArgumentValue("resourceAccessor", new ClassLoaderResourceAccessor(loader))
                        .execute();
            });
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached for migrations", e);
        } catch (Exception e) {
            throw new IllegalStateException("Schema migration failed", e);
        }
        LOG.info(() -> String.format("Schema is up to date (%d ms)", (System.nanoTime() - started) / 1_000_000));
    }
}
