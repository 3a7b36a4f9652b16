package de.fachtag.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings the schema up to date before the application serves, as the owner role.
 *
 * <p>Runs from {@link SchemaMigratingSessionCustomizer}, that is while EclipseLink sets up the
 * persistence unit and before it opens its first connection, so no entity is ever read from
 * an older schema. The application itself connects through {@code java:app/jdbc/fachtag} as a
 * role that owns nothing and cannot bypass row level security; only this class ever holds the
 * owner's credentials, and only during start-up.
 */
public final class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    private final Settings settings;

    /** What the migration needs to know, read from MicroProfile Config. */
    public record Settings(
            String databaseUrl,
            String ownerRole,
            String ownerPassword,
            String applicationRole,
            String applicationPassword) {}

    public DatabaseMigration(Settings settings) {
        this.settings = settings;
    }

    public void migrate() {
        PGSimpleDataSource ownerSource = new PGSimpleDataSource();
        ownerSource.setURL(settings.databaseUrl());
        ownerSource.setUser(settings.ownerRole());
        ownerSource.setPassword(settings.ownerPassword());
        try (Connection owner = ownerSource.getConnection()) {
            ensureApplicationRole(owner);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot reach the database " + settings.databaseUrl() + " as owner role " + settings.ownerRole()
                            + ": " + e.getMessage(),
                    e);
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(ownerSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", quoteIdentifier(settings.applicationRole())))
                .load();
        var result = flyway.migrate();
        var current = flyway.info().current();
        LOG.info(() -> "Schema at version " + (current == null ? "none" : current.getVersion()) + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The application role must exist and must not be able to bypass row level security.
     * The owner creates it when it may; an operator who manages roles elsewhere gets a clear
     * message instead.
     */
    private void ensureApplicationRole(Connection owner) throws SQLException {
        String role = settings.applicationRole();
        if (role.equals(settings.ownerRole())) {
            throw new IllegalStateException(
                    "FACHTAG_DB_USER must differ from FACHTAG_DB_OWNER: the application role owns nothing.");
        }
        try (PreparedStatement query =
                owner.prepareStatement("SELECT rolsuper, rolbypassrls, rolcreaterole, pg_has_role(rolname, ?, 'MEMBER')"
                        + " FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, settings.ownerRole());
            query.setString(2, role);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    if (rs.getBoolean(1) || rs.getBoolean(2) || rs.getBoolean(3) || rs.getBoolean(4)) {
                        throw new IllegalStateException(
                                "The application role " + role
                                        + " is superuser, may bypass row level security, may create roles or is a member"
                                        + " of the owner role; give it NOSUPERUSER NOBYPASSRLS NOCREATEROLE and no membership.");
                    }
                    return;
                }
            }
        }
        try (Statement create = owner.createStatement()) {
            create.execute("CREATE ROLE " + quoteIdentifier(role) + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
                    + " NOBYPASSRLS PASSWORD " + quoteLiteral(settings.applicationPassword()));
            LOG.info(() -> "Created application role " + role);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The application role " + role + " does not exist and the owner role " + settings.ownerRole()
                            + " may not create it: " + e.getMessage(),
                    e);
        }
    }

    static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String quoteLiteral(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }
}
