package de.fachtag.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database on the PostgreSQL the tests run against ({@code FACHTAG_TEST_PG_URL}, a
 * superuser connection; default {@code jdbc:postgresql://127.0.0.1:5432/postgres} as
 * {@code postgres}), with the two roles the product needs: an owner that runs migrations and
 * an application role that owns nothing and cannot bypass row level security.
 */
public final class TestDatabase {

    public static final String OWNER = "fachtag_it_owner";
    public static final String OWNER_PASSWORD = "fachtag_it_owner";
    public static final String APP = "fachtag_it_app";
    public static final String APP_PASSWORD = "fachtag_it_app";

    private final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** Drops and creates the database {@code name}, creating the roles when missing. */
    public static TestDatabase recreate(String name) {
        try (Connection admin = admin();
                Statement s = admin.createStatement()) {
            ensureRole(admin, OWNER, OWNER_PASSWORD, "LOGIN CREATEROLE NOSUPERUSER NOBYPASSRLS");
            ensureRole(admin, APP, APP_PASSWORD, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot prepare test database " + name + " on " + adminUrl()
                            + " (is PostgreSQL running? .ci/run starts it)",
                    e);
        }
        return new TestDatabase(name);
    }

    /** A database that exists already (for example the one a running application uses), without touching it. */
    public static TestDatabase existing(String name) {
        return new TestDatabase(name);
    }

    public static String adminUrl() {
        String url = System.getenv("FACHTAG_TEST_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/postgres" : url;
    }

    private static Connection admin() throws SQLException {
        String user = System.getenv().getOrDefault("FACHTAG_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("FACHTAG_TEST_PG_PASSWORD", "");
        return DriverManager.getConnection(adminUrl(), user, password);
    }

    private static void ensureRole(Connection admin, String role, String password, String options) throws SQLException {
        try (PreparedStatement q = admin.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            q.setString(1, role);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE " + role + " " + options + " PASSWORD '" + password + "'");
        } catch (SQLException e) {
            // another test JVM created it in the meantime
            if (!"42710".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    public String name() {
        return name;
    }

    /** The JDBC URL of this database on the same server as {@link #adminUrl()}. */
    public String url() {
        String admin = adminUrl();
        int slash = admin.indexOf('/', "jdbc:postgresql://".length());
        int query = admin.indexOf('?');
        return admin.substring(0, slash + 1) + name + (query < 0 ? "" : admin.substring(query));
    }

    public PGSimpleDataSource asOwner() {
        return source(OWNER, OWNER_PASSWORD);
    }

    public PGSimpleDataSource asApplication() {
        return source(APP, APP_PASSWORD);
    }

    public PGSimpleDataSource asSuperuser() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url());
        ds.setUser(System.getenv().getOrDefault("FACHTAG_TEST_PG_USER", "postgres"));
        ds.setPassword(System.getenv().getOrDefault("FACHTAG_TEST_PG_PASSWORD", ""));
        return ds;
    }

    private PGSimpleDataSource source(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url());
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }
}
