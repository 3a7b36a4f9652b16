import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Creates, as a PostgreSQL superuser, what Fachtag needs in a cluster it runs against:
 * the owner role (runs the migrations, owns the tables), the application role (owns
 * nothing, cannot bypass row level security) and the database owned by the owner.
 * Existing roles get the given attributes and passwords again, so a secrets file stays
 * the single truth. Prints the JDBC URL of the database and nothing else on stdout.
 *
 * <p>Run as a single-file program, with only the JDBC driver on the class path, so that no
 * psql is needed: {@code java -cp postgresql.jar scripts/DbSetup.java}. Input comes from
 * environment variables, so that no password shows in a process list:
 * <dl>
 * <dt>DBSETUP_ADMIN_URL, DBSETUP_ADMIN_USER, DBSETUP_ADMIN_PASSWORD</dt>
 * <dd>a superuser connection; the password may be empty (trust authentication)</dd>
 * <dt>DBSETUP_DATABASE</dt><dd>the database to create</dd>
 * <dt>DBSETUP_OWNER, DBSETUP_OWNER_PASSWORD, DBSETUP_APP, DBSETUP_APP_PASSWORD</dt>
 * <dd>the two roles</dd>
 * <dt>DBSETUP_FRESH</dt><dd>{@code true}: drop the database first (integration tests)</dd>
 * </dl>
 */
public final class DbSetup {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public static void main(String[] args) throws SQLException {
        String adminUrl = required("DBSETUP_ADMIN_URL");
        String database = name("DBSETUP_DATABASE");
        String owner = name("DBSETUP_OWNER");
        String app = name("DBSETUP_APP");

        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("DBSETUP_ADMIN_USER", "postgres"));
        String adminPassword = System.getenv("DBSETUP_ADMIN_PASSWORD");
        if (adminPassword != null && !adminPassword.isEmpty()) {
            credentials.setProperty("password", adminPassword);
        }

        try (Connection connection = DriverManager.getConnection(adminUrl, credentials);
                Statement sql = connection.createStatement()) {
            ensureRole(connection, sql, owner, "LOGIN CREATEROLE NOSUPERUSER", required("DBSETUP_OWNER_PASSWORD"));
            ensureRole(
                    connection,
                    sql,
                    app,
                    "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE",
                    required("DBSETUP_APP_PASSWORD"));
            if ("true".equals(System.getenv("DBSETUP_FRESH"))) {
                sql.execute("DROP DATABASE IF EXISTS " + quote(database) + " WITH (FORCE)");
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                sql.execute("CREATE DATABASE " + quote(database) + " OWNER " + quote(owner) + " ENCODING 'UTF8'");
            }
        }
        System.out.println(withDatabase(adminUrl, database));
    }

    private static void ensureRole(
            Connection connection, Statement sql, String role, String attributes, String password) throws SQLException {
        String verb = exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
        sql.execute(verb + " ROLE " + quote(role) + " WITH " + attributes + " PASSWORD " + literal(password));
    }

    private static boolean exists(Connection connection, String query, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The admin URL with its database replaced: jdbc:postgresql://hosts[/db][?params]. */
    static String withDatabase(String url, String database) {
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        int query = url.indexOf('?');
        String params = query < 0 ? "" : url.substring(query);
        String head = query < 0 ? url : url.substring(0, query);
        int slash = head.indexOf('/', prefix.length());
        String hosts = slash < 0 ? head : head.substring(0, slash);
        return hosts + "/" + database + params;
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(variable + " is not set");
        }
        return value;
    }

    private static String name(String variable) {
        String value = required(variable);
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(variable + " must be a plain lowercase SQL name, not " + value);
        }
        return value;
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
