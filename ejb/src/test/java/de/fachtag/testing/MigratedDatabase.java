package de.fachtag.testing;

import de.fachtag.platform.DatabaseMigration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fresh {@link TestDatabase} brought to the current schema by the product's own
 * {@link DatabaseMigration}, exactly as the server does at start: Flyway as the owner role,
 * {@link TestDatabase#APP} as the application role.
 */
public final class MigratedDatabase {

    /** Flyway reports every run at INFO, with the full JDBC URL; tests want its warnings only. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private MigratedDatabase() {}

    /**
     * Drops, recreates and migrates the database {@code name}, followed by the system property
     * {@code fachtag.test.dbSuffix} when set ({@code -Dfachtag.test.dbSuffix=_mine}), so that two
     * checkouts can run the same test classes against one PostgreSQL at the same time.
     */
    public static TestDatabase create(String name) {
        String suffix = System.getProperty("fachtag.test.dbSuffix", "");
        if (!suffix.matches("[a-z0-9_]*")) {
            throw new IllegalArgumentException("fachtag.test.dbSuffix: lower case letters, digits and _ only");
        }
        TestDatabase db = TestDatabase.recreate(name + suffix);
        migrate(db, TestDatabase.APP);
        return db;
    }

    /** Runs the product's migration against {@code db} with {@code applicationRole}. */
    public static void migrate(TestDatabase db, String applicationRole) {
        new DatabaseMigration(settings(db, applicationRole)).migrate();
    }

    public static DatabaseMigration.Settings settings(TestDatabase db, String applicationRole) {
        String password = applicationRole.equals(TestDatabase.APP) ? TestDatabase.APP_PASSWORD : applicationRole;
        return new DatabaseMigration.Settings(
                db.url(), TestDatabase.OWNER, TestDatabase.OWNER_PASSWORD, applicationRole, password);
    }
}
