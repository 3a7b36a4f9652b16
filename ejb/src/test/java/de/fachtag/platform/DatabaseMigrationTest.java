package de.fachtag.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.fachtag.testing.Jdbc;
import de.fachtag.testing.MigratedDatabase;
import de.fachtag.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The start-up migration: a second run changes nothing, and it refuses an application role
 * that could see past row level security. Roles are cluster-wide, so the test's own roles are
 * dropped before and after every test.
 */
class DatabaseMigrationTest {

    static final String BAD = "fachtag_it_bad";
    static final String CREATED = "fachtag_it_created";

    static TestDatabase db;

    @BeforeAll
    static void migrate() {
        db = MigratedDatabase.create("fachtag_it_ejb_migration");
    }

    @BeforeEach
    @AfterEach
    void dropTestRoles() throws SQLException {
        try (Connection su = db.asSuperuser().getConnection()) {
            Jdbc.execute(su, "DROP ROLE IF EXISTS " + BAD);
            Jdbc.execute(su, "DROP ROLE IF EXISTS " + CREATED);
        }
    }

    private static List<Map<String, Object>> history() throws SQLException {
        try (Connection su = db.asSuperuser().getConnection()) {
            return Jdbc.rows(su, """
                    SELECT installed_rank, version, script, checksum, success
                      FROM flyway_schema_history ORDER BY installed_rank
                    """);
        }
    }

    @Test
    void theFirstRunAppliedTheMigrations() throws SQLException {
        List<Map<String, Object>> history = history();
        assertThat(history)
                .as("Flyway history after the first run")
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true))
                .anySatisfy(row -> assertThat(row.get("version")).isEqualTo("1"));
    }

    @Test
    void aSecondRunIsANoOp() throws SQLException {
        List<Map<String, Object>> before = history();
        assertThat(before).isNotEmpty();

        MigratedDatabase.migrate(db, TestDatabase.APP);

        assertThat(history())
                .as("Flyway history after a second run: no migration applied, none changed")
                .isEqualTo(before);
    }

    @Test
    void refusesASuperuserApplicationRole() throws SQLException {
        createRole(BAD, "LOGIN SUPERUSER NOBYPASSRLS");
        assertRefused();
    }

    @Test
    void refusesAnApplicationRoleThatBypassesRowLevelSecurity() throws SQLException {
        createRole(BAD, "LOGIN NOSUPERUSER BYPASSRLS");
        assertRefused();
    }

    /** Control for the two refusals: the same role without the power is accepted. */
    @Test
    void acceptsThatRoleWithoutThePower() throws SQLException {
        createRole(BAD, "LOGIN NOSUPERUSER NOBYPASSRLS");
        List<Map<String, Object>> before = history();

        MigratedDatabase.migrate(db, BAD);

        assertThat(history()).isEqualTo(before);
    }

    @Test
    void createsAMissingApplicationRoleWithoutPowers() throws SQLException {
        try (Connection su = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.number(su, "SELECT count(*) FROM pg_roles WHERE rolname = ?", CREATED))
                    .isZero();
        }

        MigratedDatabase.migrate(db, CREATED);

        try (Connection su = db.asSuperuser().getConnection()) {
            List<Map<String, Object>> role = Jdbc.rows(su, """
                    SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolreplication
                      FROM pg_roles WHERE rolname = ?
                    """, CREATED);
            assertThat(role).hasSize(1);
            assertThat(role.get(0))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "rolcanlogin",
                            true,
                            "rolsuper",
                            false,
                            "rolbypassrls",
                            false,
                            "rolcreaterole",
                            false,
                            "rolcreatedb",
                            false,
                            "rolreplication",
                            false));
        }
    }

    private static void createRole(String role, String options) throws SQLException {
        try (Connection su = db.asSuperuser().getConnection()) {
            Jdbc.execute(su, "CREATE ROLE " + role + " " + options + " PASSWORD '" + role + "'");
        }
    }

    private static void assertRefused() throws SQLException {
        List<Map<String, Object>> before = history();
        assertThatThrownBy(() -> MigratedDatabase.migrate(db, BAD))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(BAD)
                .hasMessageContaining("bypass row level security");
        assertThat(history()).as("history after a refused run").isEqualTo(before);
        try (Connection su = db.asSuperuser().getConnection()) {
            assertThat(Jdbc.number(su, """
                    SELECT count(*) FROM pg_class cl, aclexplode(cl.relacl) acl
                     WHERE acl.grantee = (SELECT oid FROM pg_roles WHERE rolname = ?)
                    """, BAD))
                    .as("grants to the refused role")
                    .isZero();
            // control: the same query finds the grants to the real application role
            assertThat(Jdbc.number(su, """
                    SELECT count(*) FROM pg_class cl, aclexplode(cl.relacl) acl
                     WHERE acl.grantee = (SELECT oid FROM pg_roles WHERE rolname = ?)
                    """, TestDatabase.APP))
                    .as("grants to the application role")
                    .isPositive();
        }
    }
}
